package eu.clus3.ui.modules;

import com.vaadin.cdi.CdiInstantiator;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import eu.clus3.core.modules.ModuleCaller;
import eu.clus3.core.modules.RunningModule;
import eu.clus3.plugin.api.ModuleProblem;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

/**
 * Vaadin's instantiator, except for module classes: those are created outside CDI (with their
 * {@code ModuleContext}), so that neither Weld nor Payara keeps a reference to a module's classes and its
 * class loader can be collected after uninstalling (../shared/STACK.md). A view that throws while being
 * created becomes a {@link ModuleViewException}, shown as a friendly error page, unless it refused with a
 * {@code ModuleProblem} ({@link ModuleProblemView}).
 */
@ApplicationScoped
@Alternative
@Priority(1000)
@VaadinServiceEnabled
public class ModuleInstantiatorFactory implements InstantiatorFactory {

    @Inject
    BeanManager beanManager;
    @Inject
    ModuleRoutes routes;
    @Inject
    SignedInUser signedIn;

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new ModuleAwareInstantiator(beanManager, service, routes, signedIn);
    }

    private static final class ModuleAwareInstantiator extends CdiInstantiator {

        private final transient ModuleRoutes routes;
        private final transient SignedInUser signedIn;

        ModuleAwareInstantiator(BeanManager beanManager, VaadinService service, ModuleRoutes routes, SignedInUser signedIn) {
            super(beanManager, service);
            this.routes = routes;
            this.signedIn = signedIn;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            return ModuleRoutes.isModuleClass(type) ? module(type) : super.getOrCreate(type);
        }

        @Override
        public <T extends Component> T createComponent(Class<T> type) {
            return ModuleRoutes.isModuleClass(type) ? module(type) : super.createComponent(type);
        }

        private <T> T module(Class<T> type) {
            RunningModule module = routes.moduleOf(type).orElseThrow(() -> new ModuleViewException(
                    routes.mountedView(type).map(ModuleRoutes.MountedView::moduleId).orElse("?"), "it is not running"));
            try {
                return ModuleCaller.as(signedIn.get(), () -> module.create(type));
            } catch (ModuleProblem refusal) {
                throw refusal;   // a refusal, not a failure: ModuleProblemView shows it in the module's words
            } catch (RuntimeException | LinkageError e) {
                throw new ModuleViewException(module.id(), e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
        }
    }
}
