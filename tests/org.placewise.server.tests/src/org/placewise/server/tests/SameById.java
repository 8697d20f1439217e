package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.model.core.Identified;

/**
 * Compares two Placewise models object by object, matched by their {@code id}: the same ids, and for each object the
 * same class and the same value of every attribute and reference (references compared by the ids they point to, in
 * order). Works across a file, a repository session and an in-memory copy.
 */
final class SameById
{
  private SameById()
  {
  }

  static void assertSameModel(EObject expectedRoot, EObject actualRoot, String what)
  {
    Map<String, EObject> expected = index(expectedRoot);
    Map<String, EObject> actual = index(actualRoot);
    assertEquals(expected.keySet(), actual.keySet(), what + ": object ids");
    for (Map.Entry<String, EObject> entry : expected.entrySet())
    {
      EObject left = entry.getValue();
      EObject right = actual.get(entry.getKey());
      String where = what + ": " + left.eClass().getName() + " " + entry.getKey();
      assertEquals(left.eClass().getName(), right.eClass().getName(), where + " class");
      for (EStructuralFeature feature : left.eClass().getEAllStructuralFeatures())
      {
        if (feature.isTransient() || feature.isDerived())
        {
          continue;
        }
        EStructuralFeature other = right.eClass().getEStructuralFeature(feature.getName());
        assertNotNull(other, where + " has no feature " + feature.getName());
        assertEquals(comparable(feature, left.eGet(feature)), comparable(other, right.eGet(other)),
            where + "." + feature.getName());
      }
    }
  }

  /** @return every object in the tree with an id, in tree order */
  static Map<String, EObject> index(EObject root)
  {
    Map<String, EObject> byId = new LinkedHashMap<>();
    for (Iterator<EObject> all = new TreeIterator(root); all.hasNext();)
    {
      EObject object = all.next();
      if (object instanceof Identified identified)
      {
        byId.put(identified.getId(), object);
      }
    }
    return byId;
  }

  private static Object comparable(EStructuralFeature feature, Object value)
  {
    if (feature instanceof EAttribute)
    {
      return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }
    if (((EReference)feature).isMany())
    {
      return ((List<?>)value).stream().map(SameById::idOf).toList();
    }
    return idOf(value);
  }

  private static Object idOf(Object object)
  {
    if (object == null)
    {
      return null;
    }
    if (object instanceof Identified identified)
    {
      return identified.getId();
    }
    EObject eObject = (EObject)object;
    return eObject.eClass().getName() + " in " + idOf(eObject.eContainer());
  }

  /** Root first, then its contents, depth first. */
  private static final class TreeIterator implements Iterator<EObject>
  {
    private final List<EObject> pending = new ArrayList<>();

    TreeIterator(EObject root)
    {
      pending.add(root);
    }

    @Override
    public boolean hasNext()
    {
      return !pending.isEmpty();
    }

    @Override
    public EObject next()
    {
      EObject next = pending.remove(pending.size() - 1);
      List<EObject> children = new ArrayList<>(next.eContents());
      for (int i = children.size() - 1; i >= 0; i--)
      {
        pending.add(children.get(i));
      }
      return next;
    }
  }
}
