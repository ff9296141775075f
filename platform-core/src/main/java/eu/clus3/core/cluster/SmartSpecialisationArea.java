package eu.clus3.core.cluster;

/** The smart-specialisation (S3) areas of Friuli Venezia Giulia, the programme's region (DOMAIN.md). */
public enum SmartSpecialisationArea {
    AGRI_FOOD, METALWORKING, HOME_SYSTEMS, MARITIME_TECHNOLOGIES, SMART_HEALTH, CULTURE_CREATIVITY_TOURISM
}
