package org.symgrad.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, which Maven writes into {@code version.properties} from the pom. */
final class Version {
    static final String NUMBER = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            // an unfiltered copy (an IDE build that skipped Maven's resource filtering) says so
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
