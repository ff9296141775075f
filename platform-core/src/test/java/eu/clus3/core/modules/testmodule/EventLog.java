package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleEventListener;

/** Writes every event it hears into its module's collection "events", keyed by topic and module. */
public class EventLog implements ModuleEventListener {

    private final ModuleContext context;

    public EventLog(ModuleContext context) {
        this.context = context;
    }

    @Override
    public void onEvent(ModuleEvent event) {
        String key = event.topic() + ":" + event.data().getOrDefault("module", event.source());
        var events = context.store().collection("events");
        if (events.get(key).isEmpty()) {
            // who the listener acts for: nobody, unless the platform published the event on someone's behalf
            String by = context.currentUser().map(u -> u.user().username()).orElse("");
            events.create(key, null, "{\"source\":\"" + event.source() + "\",\"by\":\"" + by + "\"}");
        }
    }
}
