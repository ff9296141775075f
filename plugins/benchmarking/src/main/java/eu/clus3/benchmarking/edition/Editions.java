package eu.clus3.benchmarking.edition;

import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.plugin.api.DocumentCollection;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.FieldProblem;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.StoredDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions the platform knows: the shipped default plus those administrators imported (collection
 * {@code editions}, one document per edition, never changed once stored: a benchmarking points at its
 * edition by id), and which one new benchmarkings use (collection {@code settings}, key {@code current-edition}).
 */
public final class Editions {

    private static final String SETTINGS = "settings";
    private static final String CURRENT = "current-edition";

    private final ModuleContext context;
    private final EditionFormat format;
    private final Map<String, Edition> parsed = new ConcurrentHashMap<>();
    private final Edition shipped;

    public Editions(ModuleContext context) {
        this.context = context;
        this.format = new EditionFormat(context.json());
        this.shipped = format.readJson(DefaultEdition.json());
    }

    /** Edition files as the module reads and writes them. */
    public EditionFormat format() {
        return format;
    }

    private DocumentCollection stored() {
        return context.store().collection("editions");
    }

    public Edition shipped() {
        return shipped;
    }

    public Optional<Edition> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.equals(shipped.id())) {
            return Optional.of(shipped);
        }
        Edition cached = parsed.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return stored().get(id).map(d -> {
            Edition e = format.readJson(d.json());
            parsed.put(id, e);
            return e;
        });
    }

    public Edition get(String id) {
        return find(id).orElseThrow(() -> ModuleProblem.notFound("Edition '" + id + "'"));
    }

    /** The edition new benchmarkings use: the one an administrator chose, else the shipped one. */
    public Edition current() {
        return context.store().collection(SETTINGS).get(CURRENT)
                .map(d -> context.json().read(d.json(), CurrentEdition.class).id())
                .flatMap(this::find).orElse(shipped);
    }

    /** An edition's file, exactly as it imports, for any signed-in user. */
    public String file(String id, EditionFormat.Syntax syntax) {
        Access.user(context);
        return format.write(get(id), syntax);
    }

    /** The editions, for any signed-in user: the shipped one first. */
    public List<Edition> readable() {
        Access.user(context);
        return all();
    }

    public List<Edition> all() {
        List<Edition> all = new ArrayList<>(List.of(shipped));
        for (StoredDocument d : stored().find(DocumentQuery.all().limit(DocumentQuery.MAX_LIMIT))) {
            find(d.key()).filter(e -> !e.id().equals(shipped.id())).ifPresent(all::add);
        }
        return all;
    }

    /**
     * Imports an edition file (administrators). The same file again changes nothing; another file under
     * an id in use is refused, because benchmarkings already point at that id.
     */
    public Edition importEdition(String json) {
        return importEdition(json, EditionFormat.Syntax.JSON);
    }

    /** Imports an edition file written in JSON or YAML; see {@link #importEdition(String)}. */
    public Edition importEdition(String text, EditionFormat.Syntax syntax) {
        ModuleUser user = Access.user(context);
        if (!Access.administrator(user)) {
            throw ModuleProblem.forbidden("benchmarking.administratorsOnly", "Only administrators import editions");
        }
        Edition edition;
        try {
            edition = format.read(text, syntax);
        } catch (InvalidEditionException e) {
            throw new ModuleProblem(400, "edition.invalid", e.getMessage(), e.problems().stream()
                    .map(p -> new FieldProblem(p.substring(0, Math.max(0, p.indexOf(':'))), "edition.invalid", p)).toList(),
                    null);
        }
        Optional<Edition> existing = find(edition.id());
        if (existing.isPresent()) {
            if (existing.get().equals(edition)) {
                return edition;
            }
            throw ModuleProblem.conflict("edition.exists", "An edition '" + edition.id()
                    + "' exists with other content; import a new edition under a new id");
        }
        stored().create(edition.id(), null, format.writeJson(edition));
        parsed.put(edition.id(), edition);
        return edition;
    }

    /** Chooses the edition new benchmarkings use (administrators). */
    public Edition makeCurrent(String id) {
        ModuleUser user = Access.user(context);
        if (!Access.administrator(user)) {
            throw ModuleProblem.forbidden("benchmarking.administratorsOnly", "Only administrators choose the edition");
        }
        Edition edition = get(id);
        var settings = context.store().collection(SETTINGS);
        String json = context.json().write(new CurrentEdition(edition.id()));
        settings.get(CURRENT).ifPresentOrElse(d -> settings.update(CURRENT, d.version(), json),
                () -> settings.create(CURRENT, null, json));
        return edition;
    }
}
