package org.placewise.benchmarks.repository;

import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;
import org.placewise.model.PlacewisePackages;

/**
 * The what-if row of the repository benchmark: reads a whole repository model the way
 * {@link org.placewise.store.repository.RepositoryConnection#readCopy} does (fresh session, view, in-memory copy), but
 * first asks CDO for every revision below the model's resource in one request ({@code cdoPrefetch} with infinite
 * depth) instead of letting the copy load each object and list lazily, one round trip at a time.
 */
final class PrefetchingReader {

    private PrefetchingReader() {
    }

    /**
     * @return how many objects the copied model holds (the model root included)
     */
    static int countAfterPrefetch(int port, String repository, String user, char[] password, String path) {
        IManagedContainer container = ContainerUtil.createContainer();
        Net4jUtil.prepareContainer(container);
        TCPUtil.prepareContainer(container);
        CDONet4jUtil.prepareContainer(container);
        container.activate();
        try {
            CDONet4jSessionConfiguration configuration = CDONet4jUtil.createNet4jSessionConfiguration();
            configuration.setConnector(TCPUtil.getConnector(container, "127.0.0.1:" + port));
            configuration.setRepositoryName(repository);
            configuration.setCredentialsProvider(new PasswordCredentialsProvider(user, new String(password)));
            CDONet4jSession session = configuration.openNet4jSession();
            try {
                for (EPackage ePackage : PlacewisePackages.all()) {
                    session.getPackageRegistry().putEPackage(ePackage);
                }
                CDOView view = session.openView();
                CDOResource resource = view.getResource(path);
                resource.cdoPrefetch(CDORevision.DEPTH_INFINITE);
                EObject copy = EcoreUtil.copy(resource.getContents().get(0));
                int count = 1;
                for (var contents = copy.eAllContents(); contents.hasNext(); contents.next()) {
                    count++;
                }
                view.close();
                return count;
            } finally {
                LifecycleUtil.deactivate(session);
            }
        } finally {
            LifecycleUtil.deactivate(container);
        }
    }
}
