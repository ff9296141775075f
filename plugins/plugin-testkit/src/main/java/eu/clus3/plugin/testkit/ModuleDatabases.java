package eu.clus3.plugin.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@link ModuleDatabase}s a test class runs on (see {@link OnEveryDatabase}): all of them, or those the
 * system property {@value #PROPERTY} names (e.g. {@code -Dclus3.testkit.databases=H2} for a quick local run).
 */
public final class ModuleDatabases implements ArgumentsProvider {

    public static final String PROPERTY = "clus3.testkit.databases";

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return selected().map(Arguments::of);
    }

    static Stream<ModuleDatabase> selected() {
        String names = System.getProperty(PROPERTY, "");
        if (names.isBlank()) {
            return Arrays.stream(ModuleDatabase.values());
        }
        return Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> ModuleDatabase.valueOf(n.toUpperCase(Locale.ROOT)));
    }
}
