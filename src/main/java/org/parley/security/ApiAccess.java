package org.parley.security;

/** What a personal API token may do: read only (GET), or also change what its owner's roles allow. */
public enum ApiAccess {
    READ_ONLY("Read only"),
    READ_WRITE("Read and write");

    private final String label;

    ApiAccess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
