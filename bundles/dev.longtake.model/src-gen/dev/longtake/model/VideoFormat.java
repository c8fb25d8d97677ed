/**
 */
package dev.longtake.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Video Format</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.VideoFormat#getFps <em>Fps</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getVideoFormat()
 * @model
 * @generated
 */
public interface VideoFormat extends FrameSize {
	/**
	 * Returns the value of the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fps</em>' attribute.
	 * @see #setFps(double)
	 * @see dev.longtake.model.LongtakePackage#getVideoFormat_Fps()
	 * @model
	 * @generated
	 */
	double getFps();

	/**
	 * Sets the value of the '{@link dev.longtake.model.VideoFormat#getFps <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fps</em>' attribute.
	 * @see #getFps()
	 * @generated
	 */
	void setFps(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frames per second are above 0.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean frameRateIsPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

} // VideoFormat
