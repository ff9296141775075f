package eu.clus3.core.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The highest post number one person has read in one topic; it only ever grows. */
@Entity
@Table(name = "forum_read_states")
public class ReadState {

    @Id
    @SequenceGenerator(name = "forum_read_states_seq", sequenceName = "forum_read_states_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_read_states_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "topic_id", nullable = false)
    private long topicId;
    @Column(name = "last_read_number", nullable = false)
    private int lastReadNumber;

    protected ReadState() {
        // for JPA
    }

    ReadState(long userId, long topicId, int lastReadNumber) {
        this.userId = userId;
        this.topicId = topicId;
        this.lastReadNumber = lastReadNumber;
    }

    void readUpTo(int number) {
        lastReadNumber = Math.max(lastReadNumber, number);
    }

    public long getUserId() { return userId; }
    public long getTopicId() { return topicId; }
    public int getLastReadNumber() { return lastReadNumber; }
}
