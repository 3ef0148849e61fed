package org.symgrad.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, read from the jar manifest when there is one. */
final class Version implements IVersionProvider {
    static final String FALLBACK = "0.1.0";

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"symgrad " + (v == null ? FALLBACK : v)};
    }
}
