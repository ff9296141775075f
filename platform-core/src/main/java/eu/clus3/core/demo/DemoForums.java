package eu.clus3.core.demo;

import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.forum.CategoryData;
import eu.clus3.core.forum.CategoryService;
import eu.clus3.core.forum.CategoryView;
import eu.clus3.core.forum.CategoryVisibility;
import eu.clus3.core.forum.ModerationService;
import eu.clus3.core.forum.NewTopic;
import eu.clus3.core.forum.PostView;
import eu.clus3.core.forum.TopicDetails;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Forum categories and a few lively governance discussions, in English and Italian, among the demo
 * people: a question with accepted answers, a good practice, likes, mentions, a cluster's own category.
 */
@ApplicationScoped
public class DemoForums implements DemoDataSet {

    @Inject
    CategoryService categories;
    @Inject
    TopicService topics;
    @Inject
    ModerationService moderation;
    @Inject
    UserService users;
    @Inject
    ClusterService clusters;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void fill(DemoContext context) {
        Actor admin = context.administrator();
        CategoryView governance = category(admin, "Governance", "Boards, statutes, members' involvement in decisions.",
                CategoryVisibility.PUBLIC, null, 10, "giulia.bianchi");
        CategoryView financing = category(admin, "Financing", "Fees, public funding, the share of private funds.",
                CategoryVisibility.PLATFORM_MEMBERS, null, 20, "marco.zanetti");
        category(admin, "Services", "What cluster managements offer their members and how they measure it.",
                CategoryVisibility.PUBLIC, null, 30, "giulia.bianchi");
        category(admin, "Internationalisation", "Partners abroad, joint projects, European networks.",
                CategoryVisibility.PUBLIC, null, 40, "marco.zanetti");
        CategoryView strategy = category(admin, "Strategy", "Strategy building, KPIs, the regional S3 strategy.",
                CategoryVisibility.PUBLIC, null, 50, "giulia.bianchi");
        category(admin, "Training", "The cluster manager training, study visits, instructors.",
                CategoryVisibility.PLATFORM_MEMBERS, null, 60, "marco.zanetti");
        long ditenave = clusters.getBySlug(Optional.of(admin), "ditenave").id();
        CategoryView board = category(admin, "DITENAVE board", "Internal discussions of the DITENAVE cluster's people.",
                CategoryVisibility.CLUSTER_MEMBERS, ditenave, 70, "elena.furlan");

        Actor elena = actor("elena.furlan");
        Actor paolo = actor("paolo.devetak");
        Actor chiara = actor("chiara.visintin");
        Actor davide = actor("davide.cocolin");
        Actor marta = actor("marta.lenarduzzi");
        Actor giulia = actor("giulia.bianchi");
        Actor andrea = actor("andrea.pittana");
        Actor francesca = actor("francesca.zorzut");

        TopicDetails steering = topics.open(elena, new NewTopic(governance.id(),
                "How often should the steering committee meet?", """
                        Our steering committee (7 members: 4 companies, 2 research, 1 public agency) meets **twice a \
                        year**. The benchmarking expert asked how members take part in decisions in between.

                        How do you organise it? Do you have working groups with a mandate?""",
                List.of("governance", "steering committee", "benchmarking"), true, ditenave, "ecei-2013:2.4", "en"));
        PostView quarterly = topics.reply(paolo, steering.id(), """
                We moved to **quarterly** meetings last year, plus a short online call a month before each one \
                to prepare the agenda. Attendance went up from 60% to 85%.""");
        PostView groups = topics.reply(chiara, steering.id(), """
                @elena.furlan we give each working group a written mandate and a small budget, and the group \
                leaders report at every committee meeting. It was the single change the Gold auditors liked most:

                1. mandate approved by the committee
                2. one page report per meeting
                3. yearly review of which groups to keep""");
        topics.reply(davide, steering.id(), "Same here with quarterly meetings. Chiara, could you share a template of the mandate?");
        topics.reply(chiara, steering.id(), "Sure @davide.cocolin, I will post it in *Strategy* next week.");
        topics.accept(elena, quarterly.id());
        topics.accept(elena, groups.id());
        moderation.markGoodPractice(giulia, groups.id(), true);
        topics.like(elena, groups.id());
        topics.like(davide, groups.id());
        topics.like(marta, quarterly.id());

        TopicDetails statuto = topics.open(paolo, new NewTopic(governance.id(),
                "Statuto e regolamento interno: come coinvolgete i soci?", """
                        Stiamo rivedendo lo **statuto** del cluster AgriFood. Vorremmo dare più peso alle PMI \
                        nelle decisioni senza perdere il contributo delle grandi imprese.

                        Qualcuno ha introdotto il voto ponderato o un consiglio delle PMI?""",
                List.of("governance", "statuto"), true, null, null, "it"));
        PostView consiglio = topics.reply(marta, statuto.id(), """
                Noi abbiamo un *consiglio delle PMI* consultivo: si riunisce prima di ogni assemblea e presenta \
                una posizione comune. Nessun voto ponderato, ma l'ordine del giorno lo decidono anche loro.""");
        topics.reply(davide, statuto.id(), "Da noi il voto è per testa, ma le quote associative sono proporzionali al fatturato.");
        topics.reply(giulia, statuto.id(), """
                Segnalo che la Regione ha preparato una traccia di regolamento interno: la trovate nella \
                categoria *Strategy*. @paolo.devetak se volete la discutiamo al prossimo tavolo tematico.""");
        topics.accept(paolo, consiglio.id());
        topics.like(paolo, consiglio.id());

        TopicDetails privateFunds = topics.open(chiara, new NewTopic(financing.id(),
                "Share of private funds: how did you grow it above 50%?", """
                        The Gold criteria ask about the **share of private funds** in the cluster management's \
                        budget. Ours is 35%, the rest is regional funding. Which services did members start paying for?""",
                List.of("financing", "services"), true, null, "ecei-2013:3.2", "en"));
        topics.reply(elena, privateFunds.id(), "Paid matchmaking at trade fairs and a tender-watch service: together about 15% of our budget.");
        topics.reply(marta, privateFunds.id(), "Training courses for members' staff. They pay for themselves after the second edition.");

        topics.open(giulia, new NewTopic(strategy.id(), "Tavolo tematico S3: proposte per la strategia regionale", """
                Il prossimo tavolo tematico sulla strategia di specializzazione intelligente si terrà a Udine. \
                Raccogliamo qui le proposte dei cluster sulle **azioni comuni** per il 2027.""",
                List.of("s3", "strategia"), false, null, null, "it"));

        TopicDetails internal = topics.open(elena, new NewTopic(board.id(), "Agenda of the next board meeting",
                "Draft agenda: 1. budget 2027, 2. new members, 3. benchmarking follow-up. @francesca.zorzut please add the membership requests.",
                List.of("board"), false, ditenave, null, "en"));
        topics.reply(francesca, internal.id(), "Added: three shipyard suppliers asked to join.");
        topics.reply(andrea, internal.id(), "Could we also discuss the joint stand at the boat show?");
    }

    private CategoryView category(Actor admin, String name, String description, CategoryVisibility visibility,
                                  Long clusterId, int order, String moderator) {
        CategoryView c = categories.create(admin, new CategoryData(name, description, visibility, clusterId, order));
        return categories.addModerator(admin, c.id(), moderator);
    }

    private Actor actor(String username) {
        return users.activeActor(username).orElseThrow(() -> new IllegalStateException("demo person " + username));
    }
}
