/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.BarPosition;
import dev.longtake.model.LongtakePackage;

import dev.longtake.model.internal.ScriptConstraints;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bar Position</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.BarPositionImpl#getBar <em>Bar</em>}</li>
 *   <li>{@link dev.longtake.model.impl.BarPositionImpl#getBeat <em>Beat</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BarPositionImpl extends SongPositionImpl implements BarPosition {
	/**
	 * The default value of the '{@link #getBar() <em>Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBar()
	 * @generated
	 * @ordered
	 */
	protected static final int BAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBar() <em>Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBar()
	 * @generated
	 * @ordered
	 */
	protected int bar = BAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeat() <em>Beat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeat()
	 * @generated
	 * @ordered
	 */
	protected static final int BEAT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBeat() <em>Beat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeat()
	 * @generated
	 * @ordered
	 */
	protected int beat = BEAT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BarPositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.BAR_POSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBar() {
		return bar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBar(int newBar) {
		int oldBar = bar;
		bar = newBar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BAR_POSITION__BAR, oldBar, bar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeat() {
		return beat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeat(int newBeat) {
		int oldBeat = beat;
		beat = newBeat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BAR_POSITION__BEAT, oldBeat, beat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean barIsPlaceable(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.barIsPlaceable(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongtakePackage.BAR_POSITION__BAR:
				return getBar();
			case LongtakePackage.BAR_POSITION__BEAT:
				return getBeat();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LongtakePackage.BAR_POSITION__BAR:
				setBar((Integer)newValue);
				return;
			case LongtakePackage.BAR_POSITION__BEAT:
				setBeat((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LongtakePackage.BAR_POSITION__BAR:
				setBar(BAR_EDEFAULT);
				return;
			case LongtakePackage.BAR_POSITION__BEAT:
				setBeat(BEAT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LongtakePackage.BAR_POSITION__BAR:
				return bar != BAR_EDEFAULT;
			case LongtakePackage.BAR_POSITION__BEAT:
				return beat != BEAT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LongtakePackage.BAR_POSITION___BAR_IS_PLACEABLE__DIAGNOSTICCHAIN_MAP:
				return barIsPlaceable((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (bar: ");
		result.append(bar);
		result.append(", beat: ");
		result.append(beat);
		result.append(')');
		return result.toString();
	}

} //BarPositionImpl
