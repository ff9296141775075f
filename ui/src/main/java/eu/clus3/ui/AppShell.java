package eu.clus3.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings of the single-page application. */
@Theme(themeClass = Lumo.class)
@StyleSheet("context://styles/clus3.css")
@Meta(name = "description", content = "Clus3: cluster management excellence, together")
public class AppShell implements AppShellConfigurator {
}
