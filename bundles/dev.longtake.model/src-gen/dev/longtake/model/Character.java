/**
 */
package dev.longtake.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Character</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named person or thing, described the same way in every prompt it is cast in. (The name shadows java.lang.Character wherever this interface is imported.)
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Character#getReferences <em>References</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getCharacter()
 * @model
 * @generated
 */
public interface Character extends DescribedElement {
	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paths of reference images, relative to the project folder, for backends that take image input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>References</em>' attribute list.
	 * @see dev.longtake.model.LongtakePackage#getCharacter_References()
	 * @model
	 * @generated
	 */
	EList<String> getReferences();

} // Character
