package eu.clus3.core.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A label from the one tag list shared by every category and language. */
@Entity
@Table(name = "forum_tags")
public class Tag {

    @Id
    @SequenceGenerator(name = "forum_tags_seq", sequenceName = "forum_tags_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_tags_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;

    protected Tag() {
        // for JPA
    }

    Tag(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
}
