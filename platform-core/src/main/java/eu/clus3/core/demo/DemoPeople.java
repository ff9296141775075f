package eu.clus3.core.demo;

import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** People of the Friuli Venezia Giulia programme (invented names): regional staff, cluster people, partners. */
@ApplicationScoped
public class DemoPeople implements DemoDataSet {

    record Person(String username, String name, String email, PlatformRole role) { }

    static final Person[] PEOPLE = {
            new Person("giulia.bianchi", "Giulia Bianchi", "giulia.bianchi@agency.example.org", PlatformRole.REGIONAL_STAFF),
            new Person("marco.zanetti", "Marco Zanetti", "marco.zanetti@agency.example.org", PlatformRole.REGIONAL_STAFF),
            new Person("elena.furlan", "Elena Furlan", "elena.furlan@maritime-cluster.example.org", PlatformRole.MEMBER),
            new Person("paolo.devetak", "Paolo Devetak", "paolo.devetak@agrifood-cluster.example.org", PlatformRole.MEMBER),
            new Person("chiara.visintin", "Chiara Visintin", "chiara.visintin@smarthealth-cluster.example.org", PlatformRole.MEMBER),
            new Person("andrea.pittana", "Andrea Pittana", "andrea.pittana@shipyard.example.org", PlatformRole.MEMBER),
            new Person("francesca.zorzut", "Francesca Zorzut", "francesca.zorzut@maritime-cluster.example.org", PlatformRole.MEMBER),
            new Person("davide.cocolin", "Davide Cocolin", "davide.cocolin@woodfurniture-cluster.example.org", PlatformRole.MEMBER),
            new Person("marta.lenarduzzi", "Marta Lenarduzzi", "marta.lenarduzzi@mechatronics-cluster.example.org", PlatformRole.MEMBER),
            new Person("sara.colussi", "Sara Colussi", "sara.colussi@university.example.org", PlatformRole.PARTNER),
            new Person("luca.moras", "Luca Moras", "luca.moras@region.example.org", PlatformRole.PARTNER),
    };

    @Inject
    UserService users;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void fill(DemoContext context) {
        for (Person p : PEOPLE) {
            users.create(context.administrator(), new NewUser(p.username(), p.name(), p.email(), p.role(), context.password()));
        }
    }
}
