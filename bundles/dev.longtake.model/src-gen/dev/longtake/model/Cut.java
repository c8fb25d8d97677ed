/**
 */
package dev.longtake.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cut</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The assembled edit: chosen takes trimmed and placed on the song. Machine-written beside the script.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Cut#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getCut()
 * @model
 * @generated
 */
public interface Cut extends EObject {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.CutEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getCut_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CutEntry> getEntries();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the last entry ends on the song; 0 for an empty cut.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double endSeconds();

} // Cut
