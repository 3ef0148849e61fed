package org.symgrad.cli;

/**
 * TEMPORARY placeholder so the launcher and the shaded jar can be tested before the real CLI
 * exists. The lead replaces this file with the picocli command line (SPEC §6).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("symgrad (placeholder CLI) on Java " + Runtime.version().feature()
                + ", headless=" + System.getProperty("java.awt.headless")
                + ", args=" + String.join(" ", args));
    }
}
