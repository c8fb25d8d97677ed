/**
 */
package dev.longtake.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.TimePosition#getSeconds <em>Seconds</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getTimePosition()
 * @model
 * @generated
 */
public interface TimePosition extends SongPosition {
	/**
	 * Returns the value of the '<em><b>Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds from the start of the song (the DSL writes M:SS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seconds</em>' attribute.
	 * @see #setSeconds(double)
	 * @see dev.longtake.model.LongtakePackage#getTimePosition_Seconds()
	 * @model
	 * @generated
	 */
	double getSeconds();

	/**
	 * Sets the value of the '{@link dev.longtake.model.TimePosition#getSeconds <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seconds</em>' attribute.
	 * @see #getSeconds()
	 * @generated
	 */
	void setSeconds(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean secondsAreNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // TimePosition
