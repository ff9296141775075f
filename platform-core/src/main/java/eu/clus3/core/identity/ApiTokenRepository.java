package eu.clus3.core.identity;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens in the platform database; every call runs inside the caller's transaction. */
@ApplicationScoped
public class ApiTokenRepository {

    private Database db;

    protected ApiTokenRepository() {
        // for CDI proxies
    }

    @Inject
    public ApiTokenRepository(Database db) {
        this.db = db;
    }

    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(db.em().find(ApiToken.class, id));
    }

    public Optional<ApiToken> findByHash(String tokenHash) {
        return db.em().createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> ofUser(long userId) {
        return db.em().createQuery("SELECT t FROM ApiToken t WHERE t.user.id = :user ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("user", userId).getResultList();
    }

    public List<ApiToken> page(int offset, int size) {
        return db.em().createQuery("SELECT t FROM ApiToken t ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count() {
        return db.em().createQuery("SELECT COUNT(t) FROM ApiToken t", Long.class).getSingleResult();
    }

    /** Records a use without a version check: concurrent requests with one token must not conflict. */
    public void touch(long id, Instant now) {
        db.em().createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    public ApiToken add(ApiToken token) {
        db.em().persist(token);
        return token;
    }
}
