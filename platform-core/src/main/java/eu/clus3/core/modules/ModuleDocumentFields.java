package eu.clus3.core.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clus3.core.database.Database;
import eu.clus3.plugin.api.DocumentField;
import eu.clus3.plugin.api.DocumentQuery;
import eu.clus3.plugin.api.InvalidDocumentException;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declared fields of one module's collections ({@link DocumentField}): their values are copied out of each
 * document's JSON into typed columns of {@code module_document_fields}, indexed per (module, collection, field, value),
 * and queries on them join those rows, so that "open applications" or "events of next month" read an index range
 * instead of every document. The JSON stays the only truth: the rows are rewritten with every write of the document.
 */
final class ModuleDocumentFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BACKFILL_PAGE = 500;

    private final Database db;
    private final String moduleId;
    /** By collection, then field name: what this module declared since it started. */
    private final Map<String, Map<String, DocumentField>> declared = new ConcurrentHashMap<>();

    ModuleDocumentFields(Database db, String moduleId) {
        this.db = db;
        this.moduleId = moduleId;
    }

    /** Declares fields; the first declaration of a field (or of a new kind for it) indexes the stored documents. */
    void declare(String collection, DocumentField... fields) {
        Map<String, DocumentField> known = declared.computeIfAbsent(collection, c -> new ConcurrentHashMap<>());
        for (DocumentField field : fields) {
            if (field.equals(known.get(field.name()))) {
                continue;
            }
            db.inTransaction(() -> {
                List<?> kind = db.em().createNativeQuery("SELECT kind FROM module_document_indexes WHERE plugin_id = ?"
                                + " AND collection = ? AND field_name = ?")
                        .setParameter(1, moduleId).setParameter(2, collection).setParameter(3, field.name()).getResultList();
                if (kind.isEmpty() || !field.kind().name().equals(kind.get(0))) {
                    db.em().createNativeQuery("DELETE FROM module_document_indexes WHERE plugin_id = ? AND collection = ?"
                                    + " AND field_name = ?")
                            .setParameter(1, moduleId).setParameter(2, collection).setParameter(3, field.name()).executeUpdate();
                    db.em().createNativeQuery("INSERT INTO module_document_indexes (plugin_id, collection, field_name, kind)"
                                    + " VALUES (?, ?, ?, ?)")
                            .setParameter(1, moduleId).setParameter(2, collection).setParameter(3, field.name())
                            .setParameter(4, field.kind().name()).executeUpdate();
                    backfill(collection, field);
                }
            });
            known.put(field.name(), field);
        }
    }

    /** Indexes one field of every stored document of the collection, a page at a time. */
    private void backfill(String collection, DocumentField field) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<ModuleDocument> page = db.em().createQuery("SELECT d FROM ModuleDocument d WHERE d.pluginId = :m"
                            + " AND d.collection = :c AND d.id > :after ORDER BY d.id", ModuleDocument.class)
                    .setParameter("m", moduleId).setParameter("c", collection).setParameter("after", after)
                    .setMaxResults(BACKFILL_PAGE).getResultList();
            for (ModuleDocument doc : page) {
                write(doc.getId(), collection, List.of(field), tree(doc.getJson()));
                after = doc.getId();
            }
            if (page.size() < BACKFILL_PAGE) {
                return;
            }
        }
    }

    /** Rewrites a document's field rows after a create or update; call inside the write's transaction. */
    void written(ModuleDocument doc) {
        Map<String, DocumentField> fields = declared.get(doc.getCollection());
        if (fields == null || fields.isEmpty()) {
            return;
        }
        db.em().flush(); // the document's row exists before its fields' rows
        write(doc.getId(), doc.getCollection(), List.copyOf(fields.values()), tree(doc.getJson()));
    }

    /** Removes a document's field rows; call inside the delete's transaction. */
    void deleted(ModuleDocument doc) {
        db.em().createNativeQuery("DELETE FROM module_document_fields WHERE document_id = ?")
                .setParameter(1, doc.getId()).executeUpdate();
    }

    private void write(long documentId, String collection, List<DocumentField> fields, JsonNode json) {
        for (DocumentField field : fields) {
            db.em().createNativeQuery("DELETE FROM module_document_fields WHERE document_id = ? AND field_name = ?")
                    .setParameter(1, documentId).setParameter(2, field.name()).executeUpdate();
            JsonNode value = json == null || !json.isObject() ? null : json.get(field.name());
            Object column = value == null || value.isNull() || value.isContainerNode() ? null : column(field, value);
            if (column == null) {
                continue; // no value: the document simply does not match conditions on this field
            }
            db.em().createNativeQuery("INSERT INTO module_document_fields (document_id, plugin_id, collection, field_name, "
                            + columnName(field) + ") VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, documentId).setParameter(2, moduleId).setParameter(3, collection)
                    .setParameter(4, field.name()).setParameter(5, column).executeUpdate();
        }
    }

    /** A JSON value as the field's column value, or null when it is not one of its kind. */
    private static Object column(DocumentField field, JsonNode value) {
        return switch (field.kind()) {
            case TEXT -> value.isValueNode() ? cut(value.asText()) : null;
            case NUMBER -> value.isNumber() && Double.isFinite(value.asDouble()) ? value.asDouble() : null;
            case INSTANT -> value.isTextual() ? instant(value.asText()) : null;
        };
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** ISO-8601 with an offset, or a date (its start in UTC), as a timestamp; null when it is neither. */
    private static Timestamp instant(String text) {
        try {
            return Timestamp.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Timestamp.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String columnName(DocumentField field) {
        return switch (field.kind()) {
            case TEXT -> "text_value";
            case NUMBER -> "number_value";
            case INSTANT -> "time_value";
        };
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return null; // the store only keeps valid JSON; nothing to index otherwise
        }
    }

    /** Whether the query needs the field rows (conditions or an order on declared fields). */
    static boolean needed(DocumentQuery q) {
        return !q.conditions().isEmpty() || q.orderField() != null;
    }

    /**
     * The native query for a query with field conditions: one join per condition, on the (module, collection, field,
     * value) indexes; a left join for the order.
     */
    Query query(String collection, DocumentQuery q, boolean count) {
        StringBuilder sql = new StringBuilder(count ? "SELECT COUNT(*) FROM module_documents d" : "SELECT d.* FROM module_documents d");
        List<Object> params = new ArrayList<>();
        int n = 0;
        for (DocumentQuery.Condition c : q.conditions()) {
            DocumentField field = field(collection, c.field());
            String f = "f" + (n++);
            String column = f + "." + columnName(field);
            sql.append(" JOIN module_document_fields ").append(f).append(" ON ").append(f).append(".document_id = d.id AND ")
                    .append(f).append(".plugin_id = ? AND ").append(f).append(".collection = ? AND ")
                    .append(f).append(".field_name = ?");
            params.add(moduleId);
            params.add(collection);
            params.add(field.name());
            if (c.equalTo() != null) {
                sql.append(" AND ").append(column).append(" = ?");
                params.add(value(field, c.equalTo()));
            }
            if (c.from() != null) {
                sql.append(" AND ").append(column).append(" >= ?");
                params.add(value(field, c.from()));
            }
            if (c.before() != null) {
                sql.append(" AND ").append(column).append(" < ?");
                params.add(value(field, c.before()));
            }
        }
        String order = null;
        if (q.orderField() != null && !count) {
            DocumentField field = field(collection, q.orderField());
            sql.append(" LEFT JOIN module_document_fields o ON o.document_id = d.id AND o.field_name = ?");
            params.add(field.name());
            order = "o." + columnName(field) + (q.descending() ? " DESC" : " ASC") + " NULLS LAST, d.doc_key";
        }
        sql.append(" WHERE d.plugin_id = ? AND d.collection = ?");
        params.add(moduleId);
        params.add(collection);
        if (q.clusterId() != null) {
            sql.append(" AND d.cluster_id = ?");
            params.add(q.clusterId());
        }
        if (q.keyPrefix() != null && !q.keyPrefix().isEmpty()) {
            sql.append(" AND d.doc_key LIKE ? ESCAPE '!'");
            params.add(q.keyPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (q.changedSince() != null) {
            sql.append(" AND d.updated_at >= ?");
            params.add(Timestamp.from(q.changedSince()));
        }
        if (!count) {
            sql.append(" ORDER BY ").append(order != null ? order : q.newestFirst() ? "d.updated_at DESC, d.doc_key" : "d.doc_key");
        }
        Query query = count ? db.em().createNativeQuery(sql.toString())
                : db.em().createNativeQuery(sql.toString(), ModuleDocument.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private DocumentField field(String collection, String name) {
        DocumentField field = declared.getOrDefault(collection, Map.of()).get(name);
        if (field == null) {
            throw new InvalidDocumentException("'" + name + "' is not a declared field of " + collection
                    + ": declare it with collection(\"" + collection + "\").index(DocumentField...) first");
        }
        return field;
    }

    /** A condition's value as the field's column compares it. */
    private static Object value(DocumentField field, Object v) {
        Object plain = v instanceof Enum<?> e ? e.name() : v;
        return switch (field.kind()) {
            case TEXT -> cut(String.valueOf(plain));
            case NUMBER -> {
                if (plain instanceof Number number) {
                    yield number.doubleValue();
                }
                try {
                    yield Double.parseDouble(String.valueOf(plain));
                } catch (NumberFormatException e) {
                    throw new InvalidDocumentException("'" + field.name() + "' is a number, not '" + plain + "'");
                }
            }
            case INSTANT -> {
                if (plain instanceof Instant instant) {
                    yield Timestamp.from(instant);
                }
                Timestamp t = plain instanceof String s ? instant(s) : null;
                if (t == null) {
                    throw new InvalidDocumentException("'" + field.name() + "' is an instant, not '" + plain + "'");
                }
                yield t;
            }
        };
    }

    /** Removes a module's field rows and declarations (purge). Call inside a transaction. */
    static void purge(Database db, String moduleId) {
        db.em().createNativeQuery("DELETE FROM module_document_fields WHERE plugin_id = ?").setParameter(1, moduleId)
                .executeUpdate();
        db.em().createNativeQuery("DELETE FROM module_document_indexes WHERE plugin_id = ?").setParameter(1, moduleId)
                .executeUpdate();
    }
}
