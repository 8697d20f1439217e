package org.placewise.server.tests;

import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.tcp.ssl.SSLUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;
import org.placewise.server.RepositoryServer;

/**
 * A real CDO client over TCP (or TLS) on 127.0.0.1, with its own Net4j container, as a separate user's workbench would
 * have.
 */
final class RepositoryClient implements AutoCloseable {
	final TestModel model = TestModel.create();

	final CDONet4jSession session;

	private final IManagedContainer container;

	private RepositoryClient(IManagedContainer container, CDONet4jSession session) {
		this.container = container;
		this.session = session;
		session.getPackageRegistry().putEPackage(model.ePackage);
	}

	static RepositoryClient connect(RepositoryServer server, String user, String password) {
		return connect(server.host(), server.port(), server.repositoryName(), user, password, false);
	}

	static RepositoryClient connect(String host, int port, String repository, String user, String password,
			boolean tls) {
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		if (tls) {
			SSLUtil.prepareContainer(container);
		} else {
			TCPUtil.prepareContainer(container);
		}
		CDONet4jUtil.prepareContainer(container);
		container.activate();
		try {
			IConnector connector = tls ? SSLUtil.getConnector(container, host + ":" + port)
					: TCPUtil.getConnector(container, host + ":" + port);
			CDONet4jSessionConfiguration configuration = CDONet4jUtil.createNet4jSessionConfiguration();
			configuration.setConnector(connector);
			configuration.setRepositoryName(repository);
			configuration.setCredentialsProvider(new PasswordCredentialsProvider(user, password));
			return new RepositoryClient(container, configuration.openNet4jSession());
		} catch (RuntimeException ex) {
			LifecycleUtil.deactivate(container);
			throw ex;
		}
	}

	CDOTransaction openTransaction() {
		return session.openTransaction();
	}

	CDOView openView() {
		return session.openView();
	}

	@Override
	public void close() {
		LifecycleUtil.deactivate(session);
		LifecycleUtil.deactivate(container);
	}
}
