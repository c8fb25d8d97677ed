/**
 */
package dev.longtake.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bar Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.BarPosition#getBar <em>Bar</em>}</li>
 *   <li>{@link dev.longtake.model.BarPosition#getBeat <em>Beat</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getBarPosition()
 * @model
 * @generated
 */
public interface BarPosition extends SongPosition {
	/**
	 * Returns the value of the '<em><b>Bar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bar number, from 1 (no default: a bar the script does not state is reported).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bar</em>' attribute.
	 * @see #setBar(int)
	 * @see dev.longtake.model.LongtakePackage#getBarPosition_Bar()
	 * @model
	 * @generated
	 */
	int getBar();

	/**
	 * Sets the value of the '{@link dev.longtake.model.BarPosition#getBar <em>Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bar</em>' attribute.
	 * @see #getBar()
	 * @generated
	 */
	void setBar(int value);

	/**
	 * Returns the value of the '<em><b>Beat</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beat within the bar, from 1 (bar 17 means bar 17 beat 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beat</em>' attribute.
	 * @see #setBeat(int)
	 * @see dev.longtake.model.LongtakePackage#getBarPosition_Beat()
	 * @model default="1"
	 * @generated
	 */
	int getBeat();

	/**
	 * Sets the value of the '{@link dev.longtake.model.BarPosition#getBeat <em>Beat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beat</em>' attribute.
	 * @see #getBeat()
	 * @generated
	 */
	void setBeat(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bar and beat count from 1, the beat lies within the bar, and the script sets a tempo.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean barIsPlaceable(DiagnosticChain diagnostics, Map<Object, Object> context);

} // BarPosition
