package eu.clus3.example;

import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.SettingsContributor;
import org.pf4j.Extension;

import java.util.List;

/** What administrators set for the example page: a line of their own under its title, and whether it counts notes. */
@Extension
public class ExampleSettings implements SettingsContributor {

    /** Shown under the page's title when not empty (written by administrators, in their words). */
    public static final ModuleSetting GREETING = ModuleSetting.text("example.greeting", "");
    /** Whether the page says how many notes exist. */
    public static final ModuleSetting SHOW_NOTES = ModuleSetting.flag("example.show-notes", true);

    @Override
    public List<ModuleSetting> settings() {
        return List.of(GREETING, SHOW_NOTES);
    }
}
