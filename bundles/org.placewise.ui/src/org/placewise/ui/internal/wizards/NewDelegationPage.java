package org.placewise.ui.internal.wizards;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.io.ValueText;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.LegalBasis;
import org.placewise.ui.internal.register.DelegationEdits;

/** The page of the new delegation wizard. */
public final class NewDelegationPage extends WizardPage {

	private final PlacewiseModel model;
	private final DelegationDraft.Check check;
	private final List<DecisionMaker> makers;

	private DecisionMakerChoice delegator;
	private DecisionMakerChoice delegate;
	private Text name;
	private Text scope;
	private Text limit;
	private Combo legalBasis;
	private Text reserved;
	private Text threshold;
	private Combo escalateTo;
	private Text circumstances;
	private Text start;
	private Text review;
	private org.eclipse.swt.widgets.List warnings;
	private List<Finding> findings = List.of();

	NewDelegationPage(PlacewiseModel model, DelegationDraft.Check check) {
		super("newDelegation");
		this.model = model;
		this.check = check;
		this.makers = DelegationEdits.decisionMakers(model);
		setTitle("New Delegation");
		setDescription("Who delegates what to whom, up to which limit. The checks' findings show as you type.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, true));
		delegator = new DecisionMakerChoice(page, "Dele&gator", makers, this::update);
		delegate = new DecisionMakerChoice(page, "&Delegate", makers, this::update);

		Composite fields = new Composite(page, SWT.NONE);
		fields.setLayout(new GridLayout(4, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
		name = text(fields, "&Name:", 3);
		scope = text(fields, "&Scope:", 3);
		limit = text(fields, "&Limit (£):", 1);
		limit.setMessage("e.g. £2,500,000");
		label(fields, "Legal &basis:");
		legalBasis = new Combo(fields, SWT.READ_ONLY);
		legalBasis.setItems(DelegationEdits.legalBasisChoices());
		legalBasis.select(LegalBasis.VALUES.indexOf(LegalBasis.NOT_STATED));
		legalBasis.addListener(SWT.Selection, e -> update());
		accessibleName(legalBasis, "Legal basis");
		start = text(fields, "S&tart date:", 1);
		start.setMessage("31/03/2027");
		review = text(fields, "Re&view date:", 1);
		review.setMessage("31/03/2028");
		reserved = text(fields, "&Reserved matters:", 3);
		reserved.setMessage("separated by ';'");

		Group escalation = new Group(page, SWT.NONE);
		escalation.setText("Escalation");
		escalation.setLayout(new GridLayout(4, false));
		escalation.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
		threshold = text(escalation, "Ab&ove (£):", 1);
		label(escalation, "&Escalate to:");
		escalateTo = new Combo(escalation, SWT.READ_ONLY);
		escalateTo.add("(nobody named)");
		makers.forEach(m -> escalateTo.add(DelegationEdits.choiceText(m)));
		escalateTo.select(0);
		escalateTo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		escalateTo.addListener(SWT.Selection, e -> update());
		accessibleName(escalateTo, "Escalate to");
		circumstances = text(escalation, "C&ircumstances:", 3);

		Label warningsLabel = new Label(page, SWT.NONE);
		warningsLabel.setText("Findings on this delegation:");
		warningsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		warnings = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData warningsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		warningsData.heightHint = 80;
		warnings.setLayoutData(warningsData);
		accessibleName(warnings, "Findings on this delegation");

		setControl(page);
		update();
	}

	private Text text(Composite parent, String label, int span) {
		label(parent, label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		text.addModifyListener(e -> update());
		return text;
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}

	static void accessibleName(Control control, String name) {
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = name;
			}
		});
	}

	/** @return the choice of delegator */
	public DecisionMakerChoice delegator() {
		return delegator;
	}

	/** @return the choice of delegate */
	public DecisionMakerChoice delegate() {
		return delegate;
	}

	/** @return the limit field */
	public Text limit() {
		return limit;
	}

	/** @return the name field */
	public Text name() {
		return name;
	}

	/** @return the findings on the draft as last shown */
	public List<Finding> findings() {
		return findings;
	}

	/** @return the lines of the findings list, as shown */
	public List<String> shownFindings() {
		return Arrays.asList(warnings.getItems());
	}

	/** @return the draft as typed, or {@code null} while a value cannot be read */
	DelegationDraft draft() {
		try {
			int basis = legalBasis.getSelectionIndex();
			int escalation = escalateTo.getSelectionIndex();
			return new DelegationDraft(name.getText(), delegator.chosen(), delegate.chosen(), scope.getText(),
					ValueText.money(limit.getText()), basis < 0 ? LegalBasis.NOT_STATED : LegalBasis.VALUES.get(basis),
					Arrays.stream(reserved.getText().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
					ValueText.money(threshold.getText()), escalation <= 0 ? null : makers.get(escalation - 1),
					circumstances.getText(), ValueText.date(start.getText()), ValueText.date(review.getText()));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private String inputProblem() {
		for (var field : List.of(limit, threshold)) {
			try {
				ValueText.money(field.getText());
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}
		for (var field : List.of(start, review)) {
			try {
				ValueText.date(field.getText());
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}
		if (delegator.chosen() == null) {
			return "Choose the delegator: who delegates.";
		}
		if (delegate.chosen() == null) {
			return "Choose the delegate: to whom authority is delegated.";
		}
		if (name.getText().isBlank()) {
			return "Give the delegation a name, for example 'North locality budget'.";
		}
		return null;
	}

	private void update() {
		if (warnings == null) {
			return;
		}
		DelegationDraft draft = draft();
		// nothing to check (and no scratch copy of a large model to make) until someone is chosen
		findings = draft == null || draft.delegator() == null && draft.delegate() == null ? List.of()
				: check.findings(draft);
		warnings.setItems(findings.stream()
				.map(f -> f.severity().label().toUpperCase(Locale.UK).charAt(0) + f.severity().label().substring(1)
						+ ": " + f.message())
				.toArray(String[]::new));
		String problem = inputProblem();
		setErrorMessage(problem);
		if (problem == null && !findings.isEmpty()) {
			Finding worst = findings.get(0);
			setMessage(worst.message(), worst.severity() == Severity.INFO ? IMessageProvider.INFORMATION
					: IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(problem == null);
	}

	PlacewiseModel model() {
		return model;
	}
}
