package org.placewise.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Opening is safe: document types and external entities are refused, entity expansion is bounded, and a file that is
 * malformed, truncated, empty, names unknown types or features, or refers to objects that are not there gives a
 * {@link ModelFileException} naming the file and the line and column or the object: a half-loaded model is never
 * returned.
 * <p>
 * Saving is atomic: the model is written to a temporary file in the same folder, flushed and synced to disk, the
 * previous version is kept as {@code <name>.bak}, and only then is the temporary file renamed over the original. If
 * anything fails before the rename, the previous file is left exactly as it was. The saved file keeps the previous
 * file's permissions (a new file gets the system's defaults). The same model always gives the same bytes. How files are
 * replaced (links followed, special and read-only files refused, the file locked while replaced, a killed save's
 * temporary files removed) is {@link FileReplacement}'s; a model that would not open again, or whose file changed on
 * disk since it was read, is never saved.
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
	 * For tests: every byte written to the temporary file goes through {@code writeFilter}, which can simulate a disk
	 * failing half-way.
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
	 * @throws ModelFileException when the file is missing, unreadable, unsafe or not a complete, consistent Placewise
	 *                            model
	 */
	public PlacewiseModel load(Path file) throws ModelFileException {
		Path path = file.toAbsolutePath().normalize();
		String shown = path.toString();
		if (Files.isDirectory(path)) {
			throw new ModelFileException(path, "Cannot open " + shown + ": it is a folder, not a model file.", null);
		}
		if (!Files.isRegularFile(path)) {
			throw new ModelFileException(path, "Cannot open " + shown + ": there is no such file.", null);
		}
		DiskState.Reading reading;
		try {
			if (Files.size(path) == 0) {
				throw new ModelFileException(path, "Cannot open " + shown
						+ ": the file is empty (0 bytes), so it holds no model. It may have been cut short while"
						+ " being written" + backupHint(path) + ".", null);
			}
			reading = DiskState.startReading(path);
		} catch (IOException e) {
			throw new ModelFileException(path, "Cannot open " + shown + ": " + e.getMessage(), e);
		}
		PlacewiseModel model;
		try (InputStream in = reading.open()) {
			model = read(path, in, true);
			migrate(path, model);
			reading.finish(model.eResource());
		} catch (IOException e) {
			throw new ModelFileException(path, "Cannot open " + shown + ": " + e.getMessage(), e);
		}
		return model;
	}

	/**
	 * Brings a model written by an earlier Placewise up to the current file format; what was done is then told by
	 * {@link ModelMigration#of(PlacewiseModel)}.
	 */
	private static void migrate(Path path, PlacewiseModel model) throws ModelFileException {
		try {
			ModelMigration.migrate(model);
		} catch (IllegalArgumentException newer) {
			throw new ModelFileException(path, "Cannot open " + path + ": " + newer.getMessage() + ".", newer);
		}
	}

	/**
	 * Tells whether the file a model was opened from (or last saved to) has changed on disk since: another program, or
	 * another Placewise, wrote it. Saving such a model refuses with a {@link ModelFileChangedException}; the workbench
	 * asks first.
	 *
	 * @param model a model opened or saved by this class
	 * @return {@code true} when its file now holds other bytes, or is gone; {@code false} when it is unchanged or the
	 *         model was never read from or written to a file
	 */
	public boolean changedOnDisk(PlacewiseModel model) {
		DiskState state = model.eResource() == null ? null : DiskState.of(model.eResource());
		if (state == null) {
			return false;
		}
		try {
			return state.differsFrom(state.file());
		} catch (IOException unreadable) {
			return true;
		}
	}

	/**
	 * Parses a model from {@code in} and checks it; what both opening a file and checking a file about to be saved use,
	 * so that a model saves only when it opens again.
	 */
	private static PlacewiseModel read(Path path, InputStream in, boolean mentionBackup) throws ModelFileException {
		String shown = path.toString();
		String backup = mentionBackup ? backupSentence(path) : "";
		ResourceSet resourceSet = PlacewiseResourceFactory.register(new ResourceSetImpl());
		Resource resource = resourceSet.createResource(URI.createFileURI(shown));
		Map<Object, Object> options = new HashMap<>(((XMLResource) resource).getDefaultLoadOptions());
		options.put(XMLResource.OPTION_PARSER_FEATURES, safeParserFeatures());
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, safeParserProperties());
		try {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(path, LoadProblems.explain(shown, resource, e) + backup, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new ModelFileException(path, LoadProblems.explain(shown, resource, null) + backup, null);
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
					+ "Placewise model, but this one holds " + resource.getContents().size()
					+ " top-level object(s), the"
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
			if (object.eIsProxy()) {
				// An object held by link (<children href="#root"/>) instead of in place: resolving
				// it would move that object, perhaps into its own subtree, and the tree would vanish.
				problems.add(describe(object.eContainer()) + " holds in '" + object.eContainingFeature().getName()
						+ "' a link to " + EcoreUtil.getURI(object) + " instead of the object itself; a model"
						+ " file holds each object once, in its place");
				all.prune();
				continue;
			}
			if (searchProxies) {
				// References to other files are not resolved: a model file must stand on its own.
				@SuppressWarnings("unchecked")
				EContentsEList.FeatureIterator<EObject> references = (EContentsEList.FeatureIterator<EObject>) ((InternalEList<EObject>) object
						.eCrossReferences()).basicIterator();
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
			List<String> twins = twins(resource);
			problems.addAll(twins.isEmpty() ? detached(resource) : twins);
		}
		if (!problems.isEmpty()) {
			StringBuilder message = new StringBuilder("Cannot open ").append(shown).append(": ");
			message.append(problems.size() == 1 ? "one reference or identity is broken: "
					: problems.size()
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
	 * Whether the objects of a freshly loaded resource all have different ids, told without looking any id up: loading
	 * indexed every id (a later twin replacing an earlier one), so the index holds one entry per distinct id, as many
	 * as there are objects with an id exactly when no two share one.
	 *
	 * @param resource   a resource just loaded
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
	 * Objects that the file gives but that are not in the model's tree: a reference that sets a containment by id
	 * ({@code <footprints id="a"><children id="b" children="a"/>}) moves an object into its own subtree, and the loop
	 * leaves the tree. Named with the loop they form.
	 *
	 * @return one sentence for each such loop
	 */
	private static List<String> detached(Resource resource) {
		List<String> problems = new ArrayList<>();
		if (!(resource instanceof ResourceImpl indexed) || indexed.getIntrinsicIDToEObjectMap() == null) {
			return problems;
		}
		Map<String, EObject> index = indexed.getIntrinsicIDToEObjectMap();
		Set<EObject> reported = new HashSet<>();
		for (EObject object : index.values()) {
			if (object.eResource() == resource || reported.contains(object)) {
				continue;
			}
			// Walk up at most as many containers as there are objects: in a loop there is no top.
			List<EObject> chain = new ArrayList<>();
			EObject current = object;
			while (current != null && chain.size() <= index.size() && !chain.contains(current)) {
				chain.add(current);
				current = current.eContainer();
			}
			reported.addAll(chain);
			if (current != null && chain.contains(current)) {
				List<String> names = new ArrayList<>();
				for (EObject inLoop : chain.subList(chain.indexOf(current), chain.size())) {
					names.add(describe(inLoop));
				}
				problems.add("objects contain each other in a loop (" + String.join(" in ", names) + " in "
						+ describe(current) + "), so they are not in the model; a model file holds each object"
						+ " once, inside one parent");
			} else {
				problems.add(describe(object) + " is not inside the model");
			}
		}
		return problems;
	}

	/**
	 * Saves a model atomically, keeping the previous version as {@link #backupOf(Path) backup}. Objects without an id
	 * get one first.
	 * <p>
	 * What is written is first read back as a model file is opened: a model that would not open again (a value out of
	 * range, an object in two places) is never written. When {@code file} is a symbolic link, the file it points to is
	 * replaced and the link stays. A file that is not a regular file, or is read-only, is refused. When the model was
	 * opened from {@code file} (or last saved there) and the file has changed on disk since, the save is refused with a
	 * {@link ModelFileChangedException}: another program wrote it, and saving would lose that.
	 *
	 * @param model the model
	 * @param file  where to save it
	 * @throws ModelFileChangedException when the file changed since the model was read from it
	 * @throws ModelFileException        when the model cannot be written; the previous file is then unchanged
	 */
	public void save(PlacewiseModel model, Path file) throws ModelFileException {
		save(model, file, true);
	}

	/**
	 * Saves a model like {@link #save(PlacewiseModel, Path)}, replacing the file even when it changed on disk since the
	 * model was read: for when a person has been asked and chose to keep this version.
	 *
	 * @param model the model
	 * @param file  where to save it
	 * @throws ModelFileException when the model cannot be written; the previous file is then unchanged
	 */
	public void saveOverChanges(PlacewiseModel model, Path file) throws ModelFileException {
		save(model, file, false);
	}

	private void save(PlacewiseModel model, Path file, boolean refuseChanged) throws ModelFileException {
		Path target = file.toAbsolutePath().normalize();
		byte[] bytes;
		try {
			// Serialise in memory first: a model that cannot be written never touches the disk.
			bytes = serialise(model, target);
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(target, "Cannot save " + target + ": the model could not be written as XMI ("
					+ e.getMessage() + "). The previous file is unchanged.", e);
		}
		try {
			read(target, new ByteArrayInputStream(bytes), false);
		} catch (ModelFileException wouldNotOpen) {
			throw new ModelFileException(target, "Cannot save " + target + ": the model as it is now could not be"
					+ " opened again, so nothing was written and the previous file is unchanged. "
					+ wouldNotOpen.getMessage(), wouldNotOpen);
		}
		Resource resource = model.eResource();
		DiskState known = resource == null ? null : DiskState.of(resource);
		Path written;
		try {
			Path real = FileReplacement.resolve(target);
			FileReplacement.Step unchangedOnDisk = current -> {
				if (refuseChanged && known != null && known.file().equals(current) && known.differsFrom(current)) {
					throw new ChangedOnDisk();
				}
			};
			written = FileReplacement.replace(real, out -> out.write(bytes), writeFilter, unchangedOnDisk,
					ModelFiles::keepBackup);
		} catch (ChangedOnDisk e) {
			throw new ModelFileChangedException(target, "Cannot save " + target + ": the file has changed on disk"
					+ " since the model was opened (another program, or another Placewise, wrote it), and saving"
					+ " would lose those changes. Nothing was written. Open the file again and redo the change.");
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(target, "Cannot save " + target + ": " + e.getMessage()
					+ ". The previous version of the file is unchanged.", e);
		}
		if (resource != null) {
			resource.setModified(false);
		}
		if (resource instanceof PlacewiseResource) {
			DiskState.written(resource, written, bytes);
		}
	}

	/** Keeps the file about to be replaced as its backup. */
	private static void keepBackup(Path target) throws IOException {
		Path backupTemporary = FileReplacement.createTemporary(target, BACKUP_SUFFIX);
		try {
			Files.copy(target, backupTemporary, StandardCopyOption.REPLACE_EXISTING);
			FileReplacement.syncFile(backupTemporary);
			FileReplacement.keepPermissions(target, backupTemporary);
			FileReplacement.moveAtomically(backupTemporary, backupOf(target));
		} finally {
			Files.deleteIfExists(backupTemporary);
		}
	}

	/** The file to be replaced is not the one the model was read from. */
	private static final class ChangedOnDisk extends IOException {
		private static final long serialVersionUID = 1L;

		ChangedOnDisk() {
			super(null, null);
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
		// Whatever version the model was read in, it is written in this version's format.
		PlacewiseModel saved = (PlacewiseModel) resource.getContents().get(0);
		if (saved.getFormatVersion() == null || saved.getFormatVersion() != ModelMigration.CURRENT_VERSION) {
			saved.setFormatVersion(ModelMigration.CURRENT_VERSION);
		}
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
		resource.save(buffer, null);
		return buffer.toByteArray();
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
