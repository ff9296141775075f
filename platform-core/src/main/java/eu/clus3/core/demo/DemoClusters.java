package eu.clus3.core.demo;

import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterProfileData;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.ClusterVisibility;
import eu.clus3.core.cluster.ComparativePortfolio;
import eu.clus3.core.cluster.MemberCategory;
import eu.clus3.core.cluster.SmartSpecialisationArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

import static eu.clus3.core.cluster.MemberCategory.CONSULTANT;
import static eu.clus3.core.cluster.MemberCategory.FINANCIAL_INTERMEDIARY;
import static eu.clus3.core.cluster.MemberCategory.LARGE_COMPANY;
import static eu.clus3.core.cluster.MemberCategory.PUBLIC_AGENCY;
import static eu.clus3.core.cluster.MemberCategory.RESEARCH_INSTITUTE;
import static eu.clus3.core.cluster.MemberCategory.SME;
import static eu.clus3.core.cluster.MemberCategory.TRAINING_PROVIDER;
import static eu.clus3.core.cluster.MemberCategory.UNIVERSITY;

/**
 * The six "tester" cluster organisations of the seed project's region, Friuli Venezia Giulia, with
 * invented but plausible figures (one of them does not meet the label's eligibility yet).
 */
@ApplicationScoped
public class DemoClusters implements DemoDataSet {

    @Inject
    ClusterService clusters;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void fill(DemoContext context) {
        ClusterDetails ditenave = create(context, new ClusterProfileData("DITENAVE", "Consortium (consorzio)", "ITH44", null,
                ComparativePortfolio.MARITIME_TECHNOLOGIES, EnumSet.of(SmartSpecialisationArea.MARITIME_TECHNOLOGIES),
                2008, "https://ditenave.example.org/en", true,
                """
                        The maritime technology cluster of Friuli Venezia Giulia: **shipbuilding**, yacht design, \
                        marine equipment and offshore engineering, from the shipyards of Monfalcone to the research \
                        labs of Trieste.

                        - joint R&D projects between shipyards and their supply chain
                        - a technology transfer desk with the university and research centres
                        - training for naval architects and marine engineers""",
                "info@ditenave.example.org", "+39 040 000 0101", new BigDecimal("3.5"),
                Map.of(SME, 48, LARGE_COMPANY, 6, RESEARCH_INSTITUTE, 4, UNIVERSITY, 2, PUBLIC_AGENCY, 2),
                ClusterVisibility.PUBLIC));
        ClusterDetails agrifood = create(context, new ClusterProfileData("AgriFood FVG", "Limited company (s.r.l.) owned by its members",
                "ITH42", null, ComparativePortfolio.FOOD_INDUSTRY, EnumSet.of(SmartSpecialisationArea.AGRI_FOOD),
                2015, "https://agrifood-fvg.example.org", true,
                "The agri-food and bioeconomy cluster: wine, cured ham, dairy and coffee processing, "
                        + "with a focus on *sustainability* and traceability along the value chain.",
                "hello@agrifood-fvg.example.org", "+39 0432 000 202", new BigDecimal("2.0"),
                Map.of(SME, 61, LARGE_COMPANY, 3, UNIVERSITY, 1, TRAINING_PROVIDER, 2, PUBLIC_AGENCY, 1),
                ClusterVisibility.PUBLIC));
        ClusterDetails health = create(context, new ClusterProfileData("Smart Health FVG", "Association (associazione)", "ITH44",
                null, ComparativePortfolio.HEALTH_AND_MEDICAL_SCIENCE, EnumSet.of(SmartSpecialisationArea.SMART_HEALTH),
                2011, "https://smarthealth-fvg.example.org", true,
                "Biomedical, bioinformatics and ambient-assisted-living companies working with hospitals "
                        + "and research institutes on the health of an ageing population.",
                "office@smarthealth-fvg.example.org", null, new BigDecimal("1.5"),
                Map.of(SME, 34, LARGE_COMPANY, 2, RESEARCH_INSTITUTE, 5, UNIVERSITY, 2, PUBLIC_AGENCY, 3),
                ClusterVisibility.PUBLIC));
        ClusterDetails wood = create(context, new ClusterProfileData("Legno Arredo Casa FVG", "Limited company (s.r.l.)", "ITH41",
                null, ComparativePortfolio.PRODUCTION_AND_ENGINEERING,
                EnumSet.of(SmartSpecialisationArea.HOME_SYSTEMS), 2000, "https://legnoarredo-fvg.example.org", true,
                "Wood, furniture and home systems: the furniture district of Brugnera and the chair district "
                        + "of Manzano, from forestry to design.",
                "info@legnoarredo-fvg.example.org", "+39 0434 000 303", new BigDecimal("4.0"),
                Map.of(SME, 92, LARGE_COMPANY, 5, TRAINING_PROVIDER, 1, PUBLIC_AGENCY, 2, FINANCIAL_INTERMEDIARY, 1),
                ClusterVisibility.PUBLIC));
        ClusterDetails mecha = create(context, new ClusterProfileData("Meccatronica FVG", "Consortium (consorzio)", "ITH41",
                null, ComparativePortfolio.PRODUCTION_AND_ENGINEERING, EnumSet.of(SmartSpecialisationArea.METALWORKING),
                2003, "https://meccatronica-fvg.example.org", false,
                "Metalworking, mechatronics and industrial automation; Industry 4.0 demonstrators for small firms.",
                "segreteria@meccatronica-fvg.example.org", null, new BigDecimal("2.5"),
                Map.of(SME, 57, LARGE_COMPANY, 4, RESEARCH_INSTITUTE, 1, CONSULTANT, 3),
                ClusterVisibility.PUBLIC));
        create(context, new ClusterProfileData("Digital & Creative FVG", "Association (associazione)", "ITH43", null,
                ComparativePortfolio.CREATIVE_INDUSTRIES, EnumSet.of(SmartSpecialisationArea.CULTURE_CREATIVITY_TOURISM),
                2019, null, false,
                "A young network of digital agencies, game studios and cultural operators between Gorizia and Nova Gorica.",
                "ciao@digitalcreative-fvg.example.org", null, new BigDecimal("0.4"),
                Map.of(SME, 11, CONSULTANT, 1), ClusterVisibility.PLATFORM));

        person(context, ditenave, "elena.furlan", ClusterRole.MANAGER);
        person(context, ditenave, "francesca.zorzut", ClusterRole.STAFF);
        person(context, ditenave, "andrea.pittana", ClusterRole.MEMBER);
        person(context, agrifood, "paolo.devetak", ClusterRole.MANAGER);
        person(context, health, "chiara.visintin", ClusterRole.MANAGER);
        person(context, wood, "davide.cocolin", ClusterRole.MANAGER);
        person(context, mecha, "marta.lenarduzzi", ClusterRole.MANAGER);
    }

    private ClusterDetails create(DemoContext context, ClusterProfileData data) {
        return clusters.create(context.administrator(), data);
    }

    private void person(DemoContext context, ClusterDetails cluster, String username, ClusterRole role) {
        clusters.addPerson(context.administrator(), cluster.id(), username, role);
    }

}
