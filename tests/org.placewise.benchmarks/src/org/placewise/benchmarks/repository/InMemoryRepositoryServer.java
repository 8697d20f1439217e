package org.placewise.benchmarks.repository;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.internal.server.Repository;
import org.eclipse.emf.cdo.internal.server.SessionManager;
import org.eclipse.emf.cdo.server.CDOServerUtil;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.mem.MEMStoreUtil;
import org.eclipse.emf.cdo.server.net4j.CDONet4jServerUtil;
import org.eclipse.emf.cdo.spi.server.InternalRepository;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.acceptor.IAcceptor;
import org.eclipse.net4j.internal.tcp.TCPAcceptor;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.placewise.server.UsersFile;
import org.placewise.server.internal.RoleWriteAccessHandler;
import org.placewise.server.internal.UsersFileAuthenticator;

/**
 * The baseline of the repository benchmark: a CDO repository on CDO's in-memory MEMStore, served over TCP on
 * 127.0.0.1 exactly like {@link org.placewise.server.RepositoryServer} serves its H2 store: audits on, branches off,
 * the Placewise packages registered at creation, logins checked against a users file and roles enforced on every
 * commit. Only the store differs, so the H2/MEM ratio is the price of the database, not of the set-up.
 * <p>
 * It repeats RepositoryServer's set-up because the product server offers no in-memory store (nobody should run a
 * team's repository in memory) and the benchmark must not change the bundles. If RepositoryServer's set-up changes,
 * change this too, or the ratio stops comparing like with like.
 */
final class InMemoryRepositoryServer implements AutoCloseable {

    private final IManagedContainer container;

    private final InternalRepository repository;

    private final IAcceptor acceptor;

    private final int port;

    private InMemoryRepositoryServer(IManagedContainer container, InternalRepository repository, IAcceptor acceptor) {
        this.container = container;
        this.repository = repository;
        this.acceptor = acceptor;
        this.port = portOf(acceptor);
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     *
     * @param repositoryName the repository name clients connect to
     * @param users the users who may log in, with their roles
     * @param packages the packages the repository is created with
     * @return the running server
     */
    static InMemoryRepositoryServer start(String repositoryName, UsersFile users, List<EPackage> packages) {
        IManagedContainer container = ContainerUtil.createContainer();
        Net4jUtil.prepareContainer(container);
        TCPUtil.prepareContainer(container);
        CDONet4jServerUtil.prepareContainer(container);
        container.activate();
        try {
            Map<String, String> properties = new HashMap<>();
            properties.put(IRepository.Props.SUPPORTING_AUDITS, Boolean.TRUE.toString());
            properties.put(IRepository.Props.SUPPORTING_BRANCHES, Boolean.FALSE.toString());
            InternalRepository repository = (InternalRepository) CDOServerUtil.createRepository(repositoryName,
                    MEMStoreUtil.createMEMStore(), properties);
            // Our own container: the platform-wide one has no CDO factories outside Eclipse (notes/cdo.md).
            repository.setContainer(container);
            ((Repository) repository).setInitialPackages(packages.toArray(EPackage[]::new));
            SessionManager sessionManager = (SessionManager) CDOServerUtil.createSessionManager();
            sessionManager.setAuthenticator(new UsersFileAuthenticator(users));
            repository.setSessionManager(sessionManager);
            repository.addHandler(new RoleWriteAccessHandler(users));
            CDOServerUtil.addRepository(container, repository);
            IAcceptor acceptor = TCPUtil.getAcceptor(container, "127.0.0.1:0");
            return new InMemoryRepositoryServer(container, repository, acceptor);
        } catch (RuntimeException e) {
            LifecycleUtil.deactivate(container);
            throw e;
        }
    }

    private static int portOf(IAcceptor acceptor) {
        if (acceptor instanceof TCPAcceptor tcp && tcp.getSelectionKey() != null
                && tcp.getSelectionKey().channel() instanceof ServerSocketChannel channel) {
            try {
                if (channel.getLocalAddress() instanceof InetSocketAddress local) {
                    return local.getPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot tell which port the in-memory repository listens on", e);
            }
        }
        throw new IllegalStateException("The in-memory repository's acceptor has no TCP port: " + acceptor);
    }

    /** @return the TCP port on 127.0.0.1 */
    int port() {
        return port;
    }

    @Override
    public void close() {
        LifecycleUtil.deactivate(acceptor);
        LifecycleUtil.deactivate(repository);
        LifecycleUtil.deactivate(container);
    }
}
