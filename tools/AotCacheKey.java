import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipFile;

/**
 * Prints a key for the contents of a Spring Boot jar, for ./parley demo's ahead-of-time cache (docs/0031): the names
 * and CRCs of its entries, without their times and without the build's own time stamp (META-INF/build-info.properties),
 * so that rebuilding unchanged code keeps the cache and any changed class or library renews it.
 * Run as a source file: {@code java tools/AotCacheKey.java target/parley-0.1.0-SNAPSHOT.jar}.
 */
public class AotCacheKey {

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update(System.getProperty("java.vm.version").getBytes()); // a cache is for one JVM build only
        try (var jar = new ZipFile(args[0])) {
            jar.stream().filter(entry -> !entry.getName().equals("META-INF/build-info.properties")).forEach(entry -> {
                digest.update(entry.getName().getBytes());
                digest.update(Long.toHexString(entry.getCrc()).getBytes());
            });
        }
        System.out.println(HexFormat.of().formatHex(digest.digest()));
    }
}
