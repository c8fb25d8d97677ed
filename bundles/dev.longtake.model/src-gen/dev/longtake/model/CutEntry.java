/**
 */
package dev.longtake.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cut Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.CutEntry#getShotName <em>Shot Name</em>}</li>
 *   <li>{@link dev.longtake.model.CutEntry#getTakeId <em>Take Id</em>}</li>
 *   <li>{@link dev.longtake.model.CutEntry#getSourceIn <em>Source In</em>}</li>
 *   <li>{@link dev.longtake.model.CutEntry#getSourceOut <em>Source Out</em>}</li>
 *   <li>{@link dev.longtake.model.CutEntry#getRecord <em>Record</em>}</li>
 *   <li>{@link dev.longtake.model.CutEntry#getTransition <em>Transition</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getCutEntry()
 * @model
 * @generated
 */
public interface CutEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Shot Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shot Name</em>' attribute.
	 * @see #setShotName(String)
	 * @see dev.longtake.model.LongtakePackage#getCutEntry_ShotName()
	 * @model
	 * @generated
	 */
	String getShotName();

	/**
	 * Sets the value of the '{@link dev.longtake.model.CutEntry#getShotName <em>Shot Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shot Name</em>' attribute.
	 * @see #getShotName()
	 * @generated
	 */
	void setShotName(String value);

	/**
	 * Returns the value of the '<em><b>Take Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take shown; null when the shot has no finished take and is held on black for the entry's length.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Take Id</em>' attribute.
	 * @see #setTakeId(String)
	 * @see dev.longtake.model.LongtakePackage#getCutEntry_TakeId()
	 * @model
	 * @generated
	 */
	String getTakeId();

	/**
	 * Sets the value of the '{@link dev.longtake.model.CutEntry#getTakeId <em>Take Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Take Id</em>' attribute.
	 * @see #getTakeId()
	 * @generated
	 */
	void setTakeId(String value);

	/**
	 * Returns the value of the '<em><b>Source In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds into the take where the entry starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source In</em>' attribute.
	 * @see #setSourceIn(double)
	 * @see dev.longtake.model.LongtakePackage#getCutEntry_SourceIn()
	 * @model
	 * @generated
	 */
	double getSourceIn();

	/**
	 * Sets the value of the '{@link dev.longtake.model.CutEntry#getSourceIn <em>Source In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source In</em>' attribute.
	 * @see #getSourceIn()
	 * @generated
	 */
	void setSourceIn(double value);

	/**
	 * Returns the value of the '<em><b>Source Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds into the take where the entry ends (exclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Out</em>' attribute.
	 * @see #setSourceOut(double)
	 * @see dev.longtake.model.LongtakePackage#getCutEntry_SourceOut()
	 * @model
	 * @generated
	 */
	double getSourceOut();

	/**
	 * Sets the value of the '{@link dev.longtake.model.CutEntry#getSourceOut <em>Source Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Out</em>' attribute.
	 * @see #getSourceOut()
	 * @generated
	 */
	void setSourceOut(double value);

	/**
	 * Returns the value of the '<em><b>Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds on the song where the entry starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record</em>' attribute.
	 * @see #setRecord(double)
	 * @see dev.longtake.model.LongtakePackage#getCutEntry_Record()
	 * @model
	 * @generated
	 */
	double getRecord();

	/**
	 * Sets the value of the '{@link dev.longtake.model.CutEntry#getRecord <em>Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record</em>' attribute.
	 * @see #getRecord()
	 * @generated
	 */
	void setRecord(double value);

	/**
	 * Returns the value of the '<em><b>Transition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this entry joins the one before it; none means cut. A crossfade's duration is how long the two entries overlap; a dip's is the whole dip: the entry before fades to black over the first half (rounded down, in frames) and this one fades in over the rest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transition</em>' containment reference.
	 * @see #setTransition(Transition)
	 * @see dev.longtake.model.LongtakePackage#getCutEntry_Transition()
	 * @model containment="true"
	 * @generated
	 */
	Transition getTransition();

	/**
	 * Sets the value of the '{@link dev.longtake.model.CutEntry#getTransition <em>Transition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transition</em>' containment reference.
	 * @see #getTransition()
	 * @generated
	 */
	void setTransition(Transition value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * sourceOut - sourceIn.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double durationSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the entry ends on the song: record + durationSeconds().
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double recordOut();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 <= sourceIn < sourceOut and the record position is not negative.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean rangesAreValid(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CutEntry
