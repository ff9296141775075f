package eu.clus3.plugin.testkit;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs every test of the class once per {@link ModuleDatabase} (H2, then PostgreSQL; or those of
 * {@code -Dclus3.testkit.databases}). The class takes the database in its constructor:
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class NotesTest {
 *     private final TestModuleContext context;
 *
 *     NotesTest(ModuleDatabase database) {
 *         context = new TestModuleContext(database, "notes", NotesPlugin.class);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ParameterizedClass(name = "on {0}")
@ArgumentsSource(ModuleDatabases.class)
public @interface OnEveryDatabase {
}
