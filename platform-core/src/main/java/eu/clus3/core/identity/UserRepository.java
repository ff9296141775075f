package eu.clus3.core.identity;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Users in the platform database; every call runs inside the caller's transaction. */
@ApplicationScoped
public class UserRepository {

    private Database db;

    protected UserRepository() {
        // for CDI proxies
    }

    @Inject
    public UserRepository(Database db) {
        this.db = db;
    }

    public Optional<User> findById(long id) {
        return Optional.ofNullable(db.em().find(User.class, id));
    }

    public Optional<User> findByUsername(String username) {
        return db.em().createQuery("SELECT u FROM User u WHERE u.username = :name", User.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    public Optional<User> findByEmail(String email) {
        return db.em().createQuery("SELECT u FROM User u WHERE LOWER(u.email) = :email ORDER BY u.id", User.class)
                .setParameter("email", email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<User> page(int offset, int size) {
        return db.em().createQuery("SELECT u FROM User u ORDER BY u.username", User.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count() {
        return db.em().createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
    }

    public long countActiveWithRole(PlatformRole role) {
        return db.em().createQuery("SELECT COUNT(u) FROM User u WHERE u.role = :role AND u.active = TRUE", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    public List<User> activeWithRole(PlatformRole role) {
        return db.em().createQuery("SELECT u FROM User u WHERE u.role = :role AND u.active = TRUE ORDER BY u.id", User.class)
                .setParameter("role", role).getResultList();
    }

    public User add(User user) {
        db.em().persist(user);
        return user;
    }
}
