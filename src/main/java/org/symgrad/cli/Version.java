package org.symgrad.cli;

import org.symgrad.api.Symgrad;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the pom's, which the build writes into the jar. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"symgrad " + Symgrad.version()};
    }
}
