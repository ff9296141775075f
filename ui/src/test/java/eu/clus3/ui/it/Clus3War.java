package eu.clus3.ui.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as built: the real WAR, imported unchanged for Arquillian deployments. */
public final class Clus3War {

    private Clus3War() {
    }

    /**
     * {@code ROOT.war}, so that Payara Micro serves it at {@code /} as in production. Arquillian's
     * Payara Micro adapter copies it into a temporary directory, which must exist first.
     */
    public static WebArchive imported() {
        TestEnvironment.scratch();
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(TestEnvironment.war().toFile())
                .as(WebArchive.class);
    }
}
