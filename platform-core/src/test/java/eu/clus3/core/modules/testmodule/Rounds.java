package eu.clus3.core.modules.testmodule;

import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;
import eu.clus3.plugin.api.StoredDocument;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A module whose plugin builds its service once ({@link Tally}) and schedules a round every five minutes: each round
 * counts in the store, writes to the audit trail and mails the organiser. Its upgrade hook notes where it came from.
 */
public class Rounds extends ModulePlugin {

    /** The module's one service, shared by its extensions. */
    public static final class Tally {
        private final AtomicInteger made = new AtomicInteger();

        public int made() {
            return made.get();
        }

        void count() {
            made.incrementAndGet();
        }
    }

    private final Tally tally = new Tally();

    public Rounds(ModuleContext context) {
        super(context);
    }

    public Tally tally() {
        return tally;
    }

    @Override
    public void start() {
        context().schedules().every("round", Duration.ofMinutes(5), () -> {
            var rounds = context().store().collection("rounds");
            StoredDocument done = rounds.get("count").map(d -> rounds.update("count", d.version(),
                            "{\"n\":" + (Integer.parseInt(d.json().replaceAll("\\D", "")) + 1) + "}"))
                    .orElseGet(() -> rounds.create("count", null, "{\"n\":1}"));
            tally.count();
            context().audit().record("round.done", null, "round " + done.version());
            context().mail().send("organiser@example.org", "Round " + done.version(), "Another round is done.");
        });
    }

    @Override
    public void upgraded(String previousVersion) {
        var history = context().store().collection("upgrades");
        history.create("from-" + previousVersion, null, "{\"to\":\"" + context().moduleVersion() + "\"}");
    }
}
