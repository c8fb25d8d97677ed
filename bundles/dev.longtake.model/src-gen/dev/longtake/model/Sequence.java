/**
 */
package dev.longtake.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sequence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered group of shots starting at a position on the song.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Sequence#getPosition <em>Position</em>}</li>
 *   <li>{@link dev.longtake.model.Sequence#getTransition <em>Transition</em>}</li>
 *   <li>{@link dev.longtake.model.Sequence#getShots <em>Shots</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getSequence()
 * @model
 * @generated
 */
public interface Sequence extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' containment reference.
	 * @see #setPosition(SongPosition)
	 * @see dev.longtake.model.LongtakePackage#getSequence_Position()
	 * @model containment="true"
	 * @generated
	 */
	SongPosition getPosition();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Sequence#getPosition <em>Position</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' containment reference.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(SongPosition value);

	/**
	 * Returns the value of the '<em><b>Transition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the sequence's shots join in the assembled cut; none means cut.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transition</em>' containment reference.
	 * @see #setTransition(Transition)
	 * @see dev.longtake.model.LongtakePackage#getSequence_Transition()
	 * @model containment="true"
	 * @generated
	 */
	Transition getTransition();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Sequence#getTransition <em>Transition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transition</em>' containment reference.
	 * @see #getTransition()
	 * @generated
	 */
	void setTransition(Transition value);

	/**
	 * Returns the value of the '<em><b>Shots</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Shot}.
	 * It is bidirectional and its opposite is '{@link dev.longtake.model.Shot#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shots</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getSequence_Shots()
	 * @see dev.longtake.model.Shot#getSequence
	 * @model opposite="sequence" containment="true"
	 * @generated
	 */
	EList<Shot> getShots();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the sequence starts on the song, in seconds: its position; without one, where the previous sequence ends (0 for the first). Null when that cannot be known (a bar position without a tempo).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Double startSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Running time of the joined shots: the sum of their durations less the overlap of each join (a crossfade overlaps by its duration; cuts and dips do not overlap).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double lengthSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * startSeconds() + lengthSeconds(), or null when the start is unknown.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Double endSeconds();

} // Sequence
