package eu.clus3.core.modules.testmodule;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/** An empty page. */
@Tag("div")
public class Page extends Component {
}
