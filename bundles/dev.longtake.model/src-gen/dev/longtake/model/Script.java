/**
 */
package dev.longtake.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of one .shots file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Script#getSettings <em>Settings</em>}</li>
 *   <li>{@link dev.longtake.model.Script#getStyles <em>Styles</em>}</li>
 *   <li>{@link dev.longtake.model.Script#getCharacters <em>Characters</em>}</li>
 *   <li>{@link dev.longtake.model.Script#getLocations <em>Locations</em>}</li>
 *   <li>{@link dev.longtake.model.Script#getSequences <em>Sequences</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getScript()
 * @model
 * @generated
 */
public interface Script extends EObject {
	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(ProjectSettings)
	 * @see dev.longtake.model.LongtakePackage#getScript_Settings()
	 * @model containment="true"
	 * @generated
	 */
	ProjectSettings getSettings();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Script#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(ProjectSettings value);

	/**
	 * Returns the value of the '<em><b>Styles</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Style}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Styles</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getScript_Styles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Style> getStyles();

	/**
	 * Returns the value of the '<em><b>Characters</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Character}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Characters</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getScript_Characters()
	 * @model containment="true"
	 * @generated
	 */
	EList<dev.longtake.model.Character> getCharacters();

	/**
	 * Returns the value of the '<em><b>Locations</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locations</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getScript_Locations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Location> getLocations();

	/**
	 * Returns the value of the '<em><b>Sequences</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Sequence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequences</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getScript_Sequences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sequence> getSequences();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every shot of every sequence, in script order (an unmodifiable snapshot).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Shot> allShots();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first shot with the given name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Shot findShot(String name);

} // Script
