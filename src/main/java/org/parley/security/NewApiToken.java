package org.parley.security;

/** A token just created: {@link #token()} is the only time the secret is available; Parley keeps only its hash. */
public record NewApiToken(ApiTokenSummary summary, String token) {

    @Override
    public String toString() {
        return "NewApiToken[" + summary + "]";
    }
}
