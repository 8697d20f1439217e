package org.placewise.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.placewise.model.core.Identified;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.PlacewiseResource;
import org.placewise.model.resource.PlacewiseResourceFactory;

/**
 * Opens and saves Placewise model files ({@code .placewise}, XMI).
 * <p>
 * Opening is safe: document types and external entities are refused, entity expansion is bounded,
 * and a file that is malformed, truncated, empty, names unknown types or features, or refers to
 * objects that are not there gives a {@link ModelFileException} naming the file and the line and
 * column or the object: a half-loaded model is never returned.
 * <p>
 * Saving is atomic: the model is written to a temporary file in the same folder, flushed and
 * synced to disk, the previous version is kept as {@code <name>.bak}, and only then is the
 * temporary file renamed over the original. If anything fails before the rename, the previous
 * file is left exactly as it was. The saved file keeps the previous file's permissions (a new
 * file gets the system's defaults). The same model always gives the same bytes.
 */
public final class ModelFiles {

    /** Suffix of the one backup kept beside each model file. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** Entity expansions allowed while parsing; model files need none. */
    private static final String ENTITY_EXPANSION_LIMIT = "64";

    private static final int MAX_ERRORS_LISTED = 5;

    private final UnaryOperator<OutputStream> writeFilter;

    /** Creates the store. */
    public ModelFiles() {
        this(UnaryOperator.identity());
    }

    /**
     * For tests: every byte written to the temporary file goes through {@code writeFilter}, which
     * can simulate a disk failing half-way.
     */
    ModelFiles(UnaryOperator<OutputStream> writeFilter) {
        this.writeFilter = writeFilter;
    }

    /**
     * @param file a model file
     * @return where its backup is kept: the same name with {@code .bak} appended
     */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Opens a model file.
     *
     * @param file the file
     * @return the model, in a resource of its own resource set
     * @throws ModelFileException when the file is missing, unreadable, unsafe or not a complete,
     *         consistent Placewise model
     */
    public PlacewiseModel load(Path file) throws ModelFileException {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new ModelFileException(path, "Cannot open " + shown + ": there is no such file.", null);
        }
        try {
            if (Files.size(path) == 0) {
                throw new ModelFileException(path, "Cannot open " + shown
                        + ": the file is empty (0 bytes), so it holds no model. It may have been cut short while"
                        + " being written" + backupHint(path) + ".", null);
            }
        } catch (IOException e) {
            throw new ModelFileException(path, "Cannot open " + shown + ": " + e.getMessage(), e);
        }
        ResourceSet resourceSet = PlacewiseResourceFactory.register(new ResourceSetImpl());
        Resource resource = resourceSet.createResource(URI.createFileURI(shown));
        Map<Object, Object> options = new HashMap<>(((XMLResource) resource).getDefaultLoadOptions());
        options.put(XMLResource.OPTION_PARSER_FEATURES, safeParserFeatures());
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, safeParserProperties());
        try (InputStream in = Files.newInputStream(path)) {
            resource.load(in, options);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(path, LoadProblems.explain(shown, resource, e) + backupSentence(path), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new ModelFileException(path, LoadProblems.explain(shown, resource, null) + backupSentence(path), null);
        }
        return checkLoaded(path, resource);
    }

    private static PlacewiseModel checkLoaded(Path path, Resource resource) throws ModelFileException {
        String shown = path.toString();
        if (resource.getContents().isEmpty()) {
            throw new ModelFileException(path, "Cannot open " + shown + ": the file contains no model.", null);
        }
        if (resource.getContents().size() > 1 || !(resource.getContents().get(0) instanceof PlacewiseModel)) {
            EObject first = resource.getContents().get(0);
            throw new ModelFileException(path, "Cannot open " + shown + ": a Placewise model file holds exactly one "
                    + "Placewise model, but this one holds " + resource.getContents().size() + " top-level object(s), the"
                    + " first a " + first.eClass().getName() + ".", null);
        }
        List<String> problems = new ArrayList<>();
        // One walk for both checks: each visit is cheap, but a national model has 200,000 objects
        // and walking them twice (a proxy search, then a second id map) was a tenth of the load.
        // Ids never make proxies: only a reference written as a URI can, so when loading met none
        // the references need not be looked at. Twin ids are found by counting; only a file that
        // has some is walked again, to name them.
        boolean searchProxies = !(resource instanceof PlacewiseResource placewise) || placewise.loadedProxies();
        int identified = 0;
        for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(resource, false); all.hasNext();) {
            EObject object = all.next();
            if (searchProxies) {
                // References to other files are not resolved: a model file must stand on its own.
                @SuppressWarnings("unchecked")
                EContentsEList.FeatureIterator<EObject> references = (EContentsEList.FeatureIterator<EObject>)
                        ((InternalEList<EObject>) object.eCrossReferences()).basicIterator();
                while (references.hasNext()) {
                    EObject target = references.next();
                    if (target.eIsProxy()) {
                        problems.add(describe(object) + " refers in '" + references.feature().getName() + "' to "
                                + EcoreUtil.getURI(target) + ", which is not in this file");
                    }
                }
            }
            if (object instanceof Identified withId && withId.getId() != null) {
                identified++;
            }
        }
        if (!everyIdDistinct(resource, identified)) {
            problems.addAll(twins(resource));
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Cannot open ").append(shown).append(": ");
            message.append(problems.size() == 1 ? "one reference or identity is broken: " : problems.size()
                    + " references or identities are broken: ");
            message.append(String.join("; ", problems.subList(0, Math.min(MAX_ERRORS_LISTED, problems.size()))));
            if (problems.size() > MAX_ERRORS_LISTED) {
                message.append("; and ").append(problems.size() - MAX_ERRORS_LISTED).append(" more");
            }
            throw new ModelFileException(path, message.append('.').toString(), null);
        }
        return (PlacewiseModel) resource.getContents().get(0);
    }

    /**
     * Whether the objects of a freshly loaded resource all have different ids, told without
     * looking any id up: loading indexed every id (a later twin replacing an earlier one), so the
     * index holds one entry per distinct id, as many as there are objects with an id exactly when
     * no two share one.
     *
     * @param resource a resource just loaded
     * @param identified how many of its objects have an id
     * @return {@code true} when no two objects share an id; {@code false} when some may
     */
    private static boolean everyIdDistinct(Resource resource, int identified) {
        return resource instanceof ResourceImpl indexed && indexed.getIntrinsicIDToEObjectMap() != null
                && indexed.getIntrinsicIDToEObjectMap().size() == identified;
    }

    /** @return one sentence for each object that has the same id as an object before it */
    private static List<String> twins(Resource resource) {
        List<String> problems = new ArrayList<>();
        Map<String, EObject> byId = new HashMap<>();
        for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(resource, false); all.hasNext();) {
            EObject object = all.next();
            if (object instanceof Identified identified && identified.getId() != null) {
                EObject other = byId.putIfAbsent(identified.getId(), object);
                if (other != null) {
                    problems.add(describe(other) + " and " + describe(object) + " have the same id '"
                            + identified.getId() + "'; every object needs its own");
                }
            }
        }
        return problems;
    }

    /**
     * Saves a model atomically, keeping the previous version as {@link #backupOf(Path) backup}.
     * Objects without an id get one first.
     *
     * @param model the model
     * @param file where to save it
     * @throws ModelFileException when the model cannot be written; the previous file is then unchanged
     */
    public void save(PlacewiseModel model, Path file) throws ModelFileException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        byte[] bytes;
        try {
            // Serialise in memory first: a model that cannot be written never touches the disk.
            bytes = serialise(model, target);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(target, "Cannot save " + target + ": the model could not be written as XMI ("
                    + e.getMessage() + "). The previous file is unchanged.", e);
        }
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = createTemporary(target, ".tmp");
            writeDurably(temporary, bytes);
            if (Files.exists(target)) {
                keepPermissions(target, temporary);
                Path backupTemporary = createTemporary(target, ".bak.tmp");
                try {
                    Files.copy(target, backupTemporary, StandardCopyOption.REPLACE_EXISTING);
                    syncFile(backupTemporary);
                    keepPermissions(target, backupTemporary);
                    moveAtomically(backupTemporary, backupOf(target));
                } finally {
                    Files.deleteIfExists(backupTemporary);
                }
            }
            moveAtomically(temporary, target);
            temporary = null;
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(target, "Cannot save " + target + ": " + e.getMessage()
                    + ". The previous version of the file is unchanged.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The failure being reported matters more than a stray temporary file.
                }
            }
        }
        if (model.eResource() != null) {
            model.eResource().setModified(false);
        }
    }

    private static byte[] serialise(PlacewiseModel model, Path target) throws IOException {
        Resource resource = model.eResource();
        if (!(resource instanceof PlacewiseResource)) {
            if (resource == null) {
                // A new model now belongs to this file.
                ResourceSet resourceSet = PlacewiseResourceFactory.register(new ResourceSetImpl());
                resource = resourceSet.createResource(URI.createFileURI(target.toString()));
                resource.getContents().add(model);
            } else {
                // Held elsewhere (for example a shared repository): write a copy, ids included.
                ResourceSet resourceSet = PlacewiseResourceFactory.register(new ResourceSetImpl());
                resource = resourceSet.createResource(URI.createFileURI(target.toString()));
                resource.getContents().add(EcoreUtil.copy(model));
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        resource.save(buffer, null);
        return buffer.toByteArray();
    }

    /**
     * Creates an empty, new file beside {@code target}. Unlike {@code Files.createTempFile}, which
     * makes files only the owner can read (0600 on Linux and macOS), this leaves the permissions to
     * the operating system's defaults (usually 0644 by the umask), as for any newly written file.
     */
    private static Path createTemporary(Path target, String suffix) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Gives {@code copy} the read/write/execute permissions of {@code original}, where the file
     * system has them (Linux, macOS): a saved model stays as shared, or as private, as it was.
     */
    private static void keepPermissions(Path original, Path copy) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(copy, view.readAttributes().permissions());
        }
    }

    private void writeDurably(Path temporary, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = writeFilter.apply(Channels.newOutputStream(channel));
            out.write(bytes);
            out.flush();
            channel.force(true);
        }
    }

    private static void syncFile(Path file) throws IOException {
        // Read access is enough to sync, and works for a copy of a read-only file.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void syncFolder(Path folder) {
        // Makes the rename itself durable where the platform allows opening a folder (Linux, macOS).
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Windows cannot open folders this way; the rename is still atomic there.
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, Boolean> safeParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        // No DTD at all: this refuses external entities (XXE) and entity bombs before they start.
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    private static Map<String, Object> safeParserProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        properties.put("jdk.xml.entityExpansionLimit", ENTITY_EXPANSION_LIMIT);
        return properties;
    }

    private static String backupHint(Path path) {
        return Files.isRegularFile(backupOf(path)) ? "; the previous version is in " + backupOf(path) : "";
    }

    private static String backupSentence(Path path) {
        return Files.isRegularFile(backupOf(path)) ? " The previous version is in " + backupOf(path) + "." : "";
    }

    /**
     * @param object a model object
     * @return how a person recognises it: type, name and id
     */
    static String describe(EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName());
        if (object instanceof NamedElement named && named.getName() != null) {
            text.append(" '").append(named.getName()).append('\'');
        }
        if (object instanceof Identified identified && identified.getId() != null) {
            text.append(" (id ").append(identified.getId()).append(')');
        }
        return text.toString();
    }
}
