package eu.clus3.benchmarking.ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.benchmarking.assessment.Answer;
import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.edition.Area;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Indicator;
import eu.clus3.benchmarking.edition.ScaleKind;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.plugin.api.ModuleUser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The questionnaire at {@code modules/benchmarking/questionnaire/<key>}: the manager fills it (every
 * answer is saved as soon as it is entered), submits it; the assessor takes it into review, corrects
 * values, writes notes and recommendations, completes or reopens it. What a viewer may not change is
 * shown read-only; the service checks again, and its refusals (a stale version, a value out of range) reach the
 * platform's error handler, which shows them in the viewer's language.
 */
public class QuestionnaireView extends Div implements HasUrlParameter<String> {

    private final Screen s;
    private Benchmarking current;
    private Edition edition;
    private final Span saved = new Span();

    public QuestionnaireView(BenchmarkingPlugin module) {
        this.s = new Screen(module);
        addClassName("benchmarking-questionnaire");
        getStyle().set("max-width", "60em");
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        removeAll();
        current = s.benchmarkings.readable(key).orElse(null);
        if (current == null) {
            add(new H2(s.t("questionnaire.title")), s.refused(s.benchmarkings.refusal(key)));
            return;
        }
        edition = s.benchmarkings.editions().get(current.editionId());
        render();
    }

    private ModuleUser user() {
        return s.context.currentUser().orElseThrow();
    }

    private boolean managerEdits() {
        return current.state() == BenchmarkingState.DRAFT && Access.runs(user(), current.clusterId());
    }

    private boolean assessorEdits() {
        return current.state() == BenchmarkingState.UNDER_REVIEW && Access.assessor(user());
    }

    private void render() {
        removeAll();
        Locale locale = s.locale();
        add(new H2(s.t("questionnaire.heading", current.clusterName())));
        Paragraph status = Screen.id(new Paragraph(s.t("questionnaire.status", s.state(current.state()),
                edition.title().in(locale), answered(), mandatoryCount())), "benchmarking-status");
        saved.setId("benchmarking-saved");
        saved.getStyle().set("color", "var(--lumo-success-text-color)").set("margin-left", "0.5em");
        status.add(saved);
        add(status);
        if (current.state() == BenchmarkingState.COMPLETED) {
            add(new Paragraph(s.link("report/" + current.key(), s.t("home.openReport"))));
        }
        boolean first = true;
        for (Area area : edition.areas()) {
            Div indicators = new Div();
            for (Indicator indicator : area.indicators()) {
                indicators.add(indicator(indicator, locale));
            }
            Details details = new Details(area.id() + " " + area.name().in(locale), indicators);
            details.setOpened(first);
            details.setWidthFull();
            first = false;
            add(details);
        }
        add(stories());
        add(actions());
    }

    private long answered() {
        return edition.indicators().stream().filter(i -> current.answer(i.id()).value() != null).count();
    }

    private long mandatoryCount() {
        return edition.indicators().size();
    }

    private Component indicator(Indicator i, Locale locale) {
        Div card = new Div();
        card.addClassName("benchmarking-indicator");
        card.getStyle().set("padding", "0.5em 0 1em").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Answer answer = current.answer(i.id());
        String fieldId = "answer-" + i.id().replace('.', '-');
        card.add(new H3(i.id() + " " + i.name().in(locale) + (i.mandatory() ? "" : " " + s.t("questionnaire.optional"))));
        card.add(new Paragraph(i.measures().in(locale)));
        card.add(s.discussion(edition.id(), i.id(), i.name().in(locale)));
        if (!i.evidence().in(locale).isBlank()) {
            Paragraph evidence = new Paragraph(s.t("questionnaire.evidenceExpected", i.evidence().in(locale)));
            evidence.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            card.add(evidence);
        }
        if (Access.assessor(user()) && !i.guidance().in(locale).isBlank()) {
            Paragraph guidance = new Paragraph(s.t("questionnaire.guidance", i.guidance().in(locale)));
            guidance.getStyle().set("font-style", "italic").set("font-size", "var(--lumo-font-size-s)");
            card.add(guidance);
        }
        boolean editsValue = managerEdits() || assessorEdits();
        HasValue<?, ?> field = valueField(i, answer, locale, editsValue);
        ((Component) field).setId(fieldId);
        card.add((Component) field);
        if (answer.corrected()) {
            card.add(new Paragraph(s.t("questionnaire.corrected", Reports.shown(i, answer.managerValue(), locale))));
        }
        TextArea comment = new TextArea(s.t("questionnaire.comment"));
        comment.setWidthFull();
        comment.setValue(answer.comment() == null ? "" : answer.comment());
        comment.setReadOnly(!managerEdits());
        comment.setId(fieldId + "-comment");
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(new AnswerChange(i.id(), false, null, e.getValue(), null, null));
            }
        });
        TextArea evidence = new TextArea(s.t("questionnaire.evidence"));
        evidence.setWidthFull();
        evidence.setHelperText(s.t("questionnaire.evidenceHelp"));
        evidence.setValue(String.join("\n", answer.evidence()));
        evidence.setReadOnly(!managerEdits());
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                List<String> lines = Arrays.stream(e.getValue().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
                save(new AnswerChange(i.id(), false, null, null, lines, null));
            }
        });
        card.add(comment, new EvidenceFiles(s, i.id(), fieldId, editsValue, () -> current, this::changed), evidence);
        if (current.state() == BenchmarkingState.UNDER_REVIEW || answer.assessorNote() != null) {
            TextArea note = new TextArea(s.t("questionnaire.note"));
            note.setWidthFull();
            note.setValue(answer.assessorNote() == null ? "" : answer.assessorNote());
            note.setReadOnly(!assessorEdits());
            note.setId(fieldId + "-note");
            note.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(new AnswerChange(i.id(), false, null, null, null, e.getValue()));
                }
            });
            card.add(note);
        }
        return card;
    }

    private HasValue<?, ?> valueField(Indicator i, Answer answer, Locale locale, boolean editable) {
        Double value = answer.value();
        if (i.scale().kind() == ScaleKind.LEVELS || i.scale().kind() == ScaleKind.YES_NO) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(s.t("questionnaire.answer"));
            List<Integer> options = i.scale().kind() == ScaleKind.YES_NO ? List.of(1, 0)
                    : IntStream.range(0, i.scale().levels().size()).boxed().toList();
            group.setItems(options);
            group.setItemLabelGenerator(v -> Reports.shown(i, v, locale));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            if (value != null) {
                group.setValue(value.intValue());
            }
            group.setReadOnly(!editable);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(new AnswerChange(i.id(), true, e.getValue() == null ? null : e.getValue().doubleValue(), null, null, null));
                }
            });
            return group;
        }
        NumberField number = new NumberField(s.t("questionnaire.answer"));
        if (i.scale().unit() != null) {
            number.setSuffixComponent(new Span(i.scale().unit().in(locale)));
        }
        number.setMin(i.scale().lowest());
        if (i.scale().highest() < Double.MAX_VALUE) {
            number.setMax(i.scale().highest());
        }
        number.setValue(value);
        number.setReadOnly(!editable);
        number.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(new AnswerChange(i.id(), true, e.getValue(), null, null, null));
            }
        });
        return number;
    }

    /** A change made elsewhere on the page (evidence files): keep the new version, say it is saved. */
    private void changed(Benchmarking after) {
        current = after;
        saved.setText(s.t("questionnaire.saved"));
    }

    /** Save as you go: each change is stored at once, against the version this page holds. */
    private void save(AnswerChange change) {
        saved.setText("");
        current = s.benchmarkings.saveAnswers(current.key(), current.version(), List.of(change));
        saved.setText(s.t("questionnaire.saved"));
    }

    private Component stories() {
        Div box = new Div(new H3(s.t("questionnaire.stories")));
        box.add(new Paragraph(s.t("questionnaire.storiesIntro")));
        List<TextField> titles = new ArrayList<>();
        List<TextArea> texts = new ArrayList<>();
        boolean editable = managerEdits() || assessorEdits();
        for (int n = 0; n < 3; n++) {
            SuccessStory story = n < current.stories().size() ? current.stories().get(n) : new SuccessStory("", "");
            TextField title = new TextField(s.t("questionnaire.storyTitle", n + 1));
            title.setWidthFull();
            title.setValue(story.title());
            title.setReadOnly(!editable);
            title.setId("story-" + (n + 1) + "-title");
            TextArea text = new TextArea(s.t("questionnaire.storyText"));
            text.setWidthFull();
            text.setValue(story.text());
            text.setReadOnly(!editable);
            titles.add(title);
            texts.add(text);
            box.add(title, text);
        }
        Runnable saveStories = () -> {
            List<SuccessStory> stories = IntStream.range(0, 3)
                    .mapToObj(n -> new SuccessStory(titles.get(n).getValue(), texts.get(n).getValue())).toList();
            saved.setText("");
            current = s.benchmarkings.saveStories(current.key(), current.version(), stories);
            saved.setText(s.t("questionnaire.saved"));
        };
        titles.forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveStories.run();
            }
        }));
        texts.forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveStories.run();
            }
        }));
        return box;
    }

    private Component actions() {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em").set("margin", "1em 0");
        ModuleUser user = user();
        if (managerEdits()) {
            Button submit = new Button(s.t("questionnaire.submit"), e -> change(() ->
                    s.benchmarkings.submit(current.key(), current.version())));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("benchmarking-submit");
            actions.add(submit);
        }
        if (Access.assessor(user) && current.state() == BenchmarkingState.SUBMITTED) {
            Button review = new Button(s.t("questionnaire.review"), e -> change(() ->
                    s.benchmarkings.startReview(current.key(), current.version())));
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            review.setId("benchmarking-review");
            actions.add(review);
        }
        if (assessorEdits()) {
            TextArea recommendations = new TextArea(s.t("questionnaire.recommendations"));
            recommendations.setWidthFull();
            recommendations.setId("benchmarking-recommendations");
            recommendations.setValue(current.recommendations() == null ? "" : current.recommendations());
            Button complete = new Button(s.t("questionnaire.complete"), e -> {
                change(() -> s.benchmarkings.complete(current.key(), current.version(), recommendations.getValue()));
                s.go("report/" + current.key());
            });
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            complete.setId("benchmarking-complete");
            add(recommendations);
            actions.add(complete);
        }
        if (Access.assessor(user) && current.state() != BenchmarkingState.DRAFT) {
            Button reopen = new Button(s.t("questionnaire.reopen"), e -> reopenDialog());
            reopen.setId("benchmarking-reopen");
            actions.add(reopen);
        }
        return actions;
    }

    private void reopenDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(s.t("questionnaire.reopen"));
        TextArea reason = new TextArea(s.t("questionnaire.reason"));
        reason.setWidthFull();
        dialog.add(reason);
        dialog.getFooter().add(new Button(s.t("questionnaire.cancel"), e -> dialog.close()),
                new Button(s.t("questionnaire.reopen"), e -> {
                    change(() -> s.benchmarkings.reopen(current.key(), current.version(), reason.getValue()));
                    dialog.close();
                }));
        dialog.open();
    }

    /** A step of the lifecycle: the page shows the benchmarking as it is now (a refusal leaves it as it was). */
    private void change(Supplier<Benchmarking> work) {
        current = work.get();
        render();
    }
}
