package org.placewise.repository.ui;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ProgressIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;

/**
 * Connect to a repository server: host, port, repository, user and password, with "Remember password" keeping it in
 * Eclipse secure storage. The login is tried when the user presses Connect; when it fails (wrong password, no server
 * there, too many failed logins) the dialog stays open and says why in its message area, with the fields as typed.
 * <p>
 * The login runs as a background job, never on the UI thread: while it is under way the dialog shows a progress bar,
 * the workbench stays responsive, and Cancel stops waiting for it (the dialog stays open to correct the address; a
 * connection that is made after all is closed at once). Cancel again closes the dialog.
 */
public final class ConnectDialog extends TitleAreaDialog {

	private final RepositorySession session;
	private final SavedLogins saved;
	private RepositoryLogin initial;
	private Text host;
	private Text port;
	private Text repository;
	private Text user;
	private Text password;
	private Button remember;
	private RepositoryConnection connection;
	private ProgressIndicator progress;
	/** The login under way, or {@code null}; a finished job whose attempt is no longer this one is ignored. */
	private Object attempt;

	/**
	 * @param parent  the parent shell
	 * @param session the workbench's repository session to connect
	 * @param saved   last login and remembered passwords
	 */
	public ConnectDialog(Shell parent, RepositorySession session, SavedLogins saved) {
		super(parent);
		this.session = session;
		this.saved = saved;
		this.initial = saved.last();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Connect to repository");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Connect to a Placewise repository server");
		setMessage("Shared models live on a repository server. Ask your programme office for its address and your "
				+ "user name.");
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		host = field(fields, "&Host:", initial.host());
		port = field(fields, "&Port:", Integer.toString(initial.port()));
		repository = field(fields, "&Repository:", initial.repository());
		user = field(fields, "&User:", initial.user());
		char[] kept = saved.password(initial);
		password = field(fields, "Pass&word:", kept == null ? "" : new String(kept));
		password.setEchoChar('\u2022');
		new Label(fields, SWT.NONE);
		remember = new Button(fields, SWT.CHECK);
		remember.setText("Re&member password (in Eclipse secure storage)");
		remember.setSelection(kept != null);
		progress = new ProgressIndicator(area, SWT.HORIZONTAL);
		GridData bar = new GridData(SWT.FILL, SWT.CENTER, true, false);
		bar.horizontalIndent = 8;
		progress.setLayoutData(bar);
		progress.setVisible(false);
		(user.getText().isEmpty() ? user : password).setFocus();
		return area;
	}

	private static Text field(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 320;
		text.setLayoutData(data);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (attempt != null) {
			return;
		}
		RepositoryLogin login = login();
		if (login == null) {
			return;
		}
		char[] typed = password.getText().toCharArray();
		boolean keep = remember.getSelection();
		Object thisAttempt = new Object();
		attempt = thisAttempt;
		connecting(true);
		setErrorMessage(null);
		setMessage("Connecting to " + login.host() + ":" + login.port() + " as " + login.user()
				+ "\u2026 (Cancel stops waiting)");
		org.eclipse.swt.widgets.Display display = getShell().getDisplay();
		Job job = Job.create("Connect to the repository at " + login.host() + ":" + login.port(),
				(IProgressMonitor monitor) -> {
					RepositoryConnection made = null;
					RepositoryException failure = null;
					try {
						made = RepositorySession.login(login, typed);
					} catch (RepositoryException e) {
						failure = e;
					}
					RepositoryConnection result = made;
					RepositoryException refused = failure;
					if (display.isDisposed()) {
						close(result);
					} else {
						display.asyncExec(() -> finished(thisAttempt, login, typed, keep, result, refused));
					}
					return Status.OK_STATUS;
				});
		job.schedule();
	}

	private void finished(Object finishedAttempt, RepositoryLogin login, char[] typed, boolean keep,
			RepositoryConnection made, RepositoryException failure) {
		if (finishedAttempt != attempt || getShell() == null || getShell().isDisposed()) {
			// The user stopped waiting for this login (or closed the dialog): a connection made after all goes.
			close(made);
			return;
		}
		attempt = null;
		connecting(false);
		if (failure != null) {
			setErrorMessage(failure.getMessage());
			return;
		}
		session.adopt(login, made);
		connection = made;
		try {
			saved.save(login, keep ? typed : null);
		} catch (StorageException e) {
			setErrorMessage("Connected, but the password could not be kept in secure storage: " + e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static void close(RepositoryConnection made) {
		if (made != null) {
			made.close();
		}
	}

	@Override
	protected void cancelPressed() {
		if (attempt != null) {
			attempt = null;
			connecting(false);
			setErrorMessage("Stopped waiting for the server. Check the host and port, then Connect again, or Cancel "
					+ "to close.");
			return;
		}
		super.cancelPressed();
	}

	private void connecting(boolean underWay) {
		for (Text field : new Text[] { host, port, repository, user, password }) {
			field.setEnabled(!underWay);
		}
		remember.setEnabled(!underWay);
		getButton(IDialogConstants.OK_ID).setEnabled(!underWay);
		progress.setVisible(underWay);
		if (underWay) {
			progress.beginAnimatedTask();
		} else {
			progress.done();
			setMessage("Shared models live on a repository server. Ask your programme office for its address and "
					+ "your user name.");
		}
	}

	/** @return whether a login is under way (Connect pressed, no answer yet) */
	public boolean isConnecting() {
		return attempt != null;
	}

	/** Presses Cancel, as the user would: stops waiting for a login under way, or closes the dialog. */
	public void pressCancel() {
		buttonPressed(IDialogConstants.CANCEL_ID);
	}

	/** @return the login typed, or {@code null} after saying in the dialog what is missing */
	private RepositoryLogin login() {
		String hostName = host.getText().strip();
		String repositoryName = repository.getText().strip();
		String userName = user.getText().strip();
		if (hostName.isEmpty() || repositoryName.isEmpty() || userName.isEmpty()) {
			setErrorMessage("Host, repository and user are needed.");
			return null;
		}
		int portNumber;
		try {
			portNumber = Integer.parseInt(port.getText().strip());
		} catch (NumberFormatException e) {
			portNumber = -1;
		}
		if (portNumber < 1 || portNumber > 65535) {
			setErrorMessage("The port '" + port.getText().strip() + "' is not a port number (1 to 65535; the server's "
					+ "default is " + RepositoryConnection.DEFAULT_PORT + ").");
			return null;
		}
		return new RepositoryLogin(hostName, portNumber, repositoryName, userName);
	}

	/**
	 * Fills the fields, for tests and for "connect again" with a known login.
	 *
	 * @param login        host, port, repository and user
	 * @param passwordText the password
	 * @param keep         whether to remember it
	 */
	public void fill(RepositoryLogin login, String passwordText, boolean keep) {
		host.setText(login.host());
		port.setText(Integer.toString(login.port()));
		repository.setText(login.repository());
		user.setText(login.user());
		password.setText(passwordText);
		remember.setSelection(keep);
	}

	/** Presses Connect, as the user would. */
	public void pressConnect() {
		buttonPressed(IDialogConstants.OK_ID);
	}

	/** @return the message shown for a failed login, or {@code null} */
	public String error() {
		return getErrorMessage();
	}

	/** @return the connection made, once the dialog closed with Connect */
	public RepositoryConnection connection() {
		return connection;
	}
}
