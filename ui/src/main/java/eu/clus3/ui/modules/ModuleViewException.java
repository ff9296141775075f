package eu.clus3.ui.modules;

/** A module's view could not be shown (the module threw, or stopped in the meantime). */
public class ModuleViewException extends RuntimeException {

    private final String moduleId;

    public ModuleViewException(String moduleId, String reason) {
        super(reason);
        this.moduleId = moduleId;
    }

    public ModuleViewException(String moduleId, String reason, Throwable cause) {
        super(reason, cause);
        this.moduleId = moduleId;
    }

    public String moduleId() {
        return moduleId;
    }
}
