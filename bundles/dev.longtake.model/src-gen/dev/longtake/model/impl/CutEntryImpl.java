/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.CutEntry;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Transition;

import dev.longtake.model.internal.LedgerConstraints;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cut Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.CutEntryImpl#getShotName <em>Shot Name</em>}</li>
 *   <li>{@link dev.longtake.model.impl.CutEntryImpl#getTakeId <em>Take Id</em>}</li>
 *   <li>{@link dev.longtake.model.impl.CutEntryImpl#getSourceIn <em>Source In</em>}</li>
 *   <li>{@link dev.longtake.model.impl.CutEntryImpl#getSourceOut <em>Source Out</em>}</li>
 *   <li>{@link dev.longtake.model.impl.CutEntryImpl#getRecord <em>Record</em>}</li>
 *   <li>{@link dev.longtake.model.impl.CutEntryImpl#getTransition <em>Transition</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CutEntryImpl extends EObjectImpl implements CutEntry {
	/**
	 * The default value of the '{@link #getShotName() <em>Shot Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShotName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHOT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShotName() <em>Shot Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShotName()
	 * @generated
	 * @ordered
	 */
	protected String shotName = SHOT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTakeId() <em>Take Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeId()
	 * @generated
	 * @ordered
	 */
	protected static final String TAKE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakeId() <em>Take Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeId()
	 * @generated
	 * @ordered
	 */
	protected String takeId = TAKE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceIn() <em>Source In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceIn()
	 * @generated
	 * @ordered
	 */
	protected static final double SOURCE_IN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSourceIn() <em>Source In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceIn()
	 * @generated
	 * @ordered
	 */
	protected double sourceIn = SOURCE_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceOut() <em>Source Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceOut()
	 * @generated
	 * @ordered
	 */
	protected static final double SOURCE_OUT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSourceOut() <em>Source Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceOut()
	 * @generated
	 * @ordered
	 */
	protected double sourceOut = SOURCE_OUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecord() <em>Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecord()
	 * @generated
	 * @ordered
	 */
	protected static final double RECORD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRecord() <em>Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecord()
	 * @generated
	 * @ordered
	 */
	protected double record = RECORD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTransition() <em>Transition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransition()
	 * @generated
	 * @ordered
	 */
	protected Transition transition;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CutEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.CUT_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShotName() {
		return shotName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShotName(String newShotName) {
		String oldShotName = shotName;
		shotName = newShotName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__SHOT_NAME, oldShotName, shotName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTakeId() {
		return takeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakeId(String newTakeId) {
		String oldTakeId = takeId;
		takeId = newTakeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__TAKE_ID, oldTakeId, takeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSourceIn() {
		return sourceIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceIn(double newSourceIn) {
		double oldSourceIn = sourceIn;
		sourceIn = newSourceIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__SOURCE_IN, oldSourceIn, sourceIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSourceOut() {
		return sourceOut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceOut(double newSourceOut) {
		double oldSourceOut = sourceOut;
		sourceOut = newSourceOut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__SOURCE_OUT, oldSourceOut, sourceOut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRecord() {
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecord(double newRecord) {
		double oldRecord = record;
		record = newRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__RECORD, oldRecord, record));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition getTransition() {
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTransition(Transition newTransition, NotificationChain msgs) {
		Transition oldTransition = transition;
		transition = newTransition;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__TRANSITION, oldTransition, newTransition);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransition(Transition newTransition) {
		if (newTransition != transition) {
			NotificationChain msgs = null;
			if (transition != null)
				msgs = ((InternalEObject)transition).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.CUT_ENTRY__TRANSITION, null, msgs);
			if (newTransition != null)
				msgs = ((InternalEObject)newTransition).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.CUT_ENTRY__TRANSITION, null, msgs);
			msgs = basicSetTransition(newTransition, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CUT_ENTRY__TRANSITION, newTransition, newTransition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double durationSeconds() {
		return getSourceOut() - getSourceIn();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double recordOut() {
		return getRecord() + durationSeconds();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean rangesAreValid(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return LedgerConstraints.rangesAreValid(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.CUT_ENTRY__TRANSITION:
				return basicSetTransition(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongtakePackage.CUT_ENTRY__SHOT_NAME:
				return getShotName();
			case LongtakePackage.CUT_ENTRY__TAKE_ID:
				return getTakeId();
			case LongtakePackage.CUT_ENTRY__SOURCE_IN:
				return getSourceIn();
			case LongtakePackage.CUT_ENTRY__SOURCE_OUT:
				return getSourceOut();
			case LongtakePackage.CUT_ENTRY__RECORD:
				return getRecord();
			case LongtakePackage.CUT_ENTRY__TRANSITION:
				return getTransition();
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
			case LongtakePackage.CUT_ENTRY__SHOT_NAME:
				setShotName((String)newValue);
				return;
			case LongtakePackage.CUT_ENTRY__TAKE_ID:
				setTakeId((String)newValue);
				return;
			case LongtakePackage.CUT_ENTRY__SOURCE_IN:
				setSourceIn((Double)newValue);
				return;
			case LongtakePackage.CUT_ENTRY__SOURCE_OUT:
				setSourceOut((Double)newValue);
				return;
			case LongtakePackage.CUT_ENTRY__RECORD:
				setRecord((Double)newValue);
				return;
			case LongtakePackage.CUT_ENTRY__TRANSITION:
				setTransition((Transition)newValue);
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
			case LongtakePackage.CUT_ENTRY__SHOT_NAME:
				setShotName(SHOT_NAME_EDEFAULT);
				return;
			case LongtakePackage.CUT_ENTRY__TAKE_ID:
				setTakeId(TAKE_ID_EDEFAULT);
				return;
			case LongtakePackage.CUT_ENTRY__SOURCE_IN:
				setSourceIn(SOURCE_IN_EDEFAULT);
				return;
			case LongtakePackage.CUT_ENTRY__SOURCE_OUT:
				setSourceOut(SOURCE_OUT_EDEFAULT);
				return;
			case LongtakePackage.CUT_ENTRY__RECORD:
				setRecord(RECORD_EDEFAULT);
				return;
			case LongtakePackage.CUT_ENTRY__TRANSITION:
				setTransition((Transition)null);
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
			case LongtakePackage.CUT_ENTRY__SHOT_NAME:
				return SHOT_NAME_EDEFAULT == null ? shotName != null : !SHOT_NAME_EDEFAULT.equals(shotName);
			case LongtakePackage.CUT_ENTRY__TAKE_ID:
				return TAKE_ID_EDEFAULT == null ? takeId != null : !TAKE_ID_EDEFAULT.equals(takeId);
			case LongtakePackage.CUT_ENTRY__SOURCE_IN:
				return sourceIn != SOURCE_IN_EDEFAULT;
			case LongtakePackage.CUT_ENTRY__SOURCE_OUT:
				return sourceOut != SOURCE_OUT_EDEFAULT;
			case LongtakePackage.CUT_ENTRY__RECORD:
				return record != RECORD_EDEFAULT;
			case LongtakePackage.CUT_ENTRY__TRANSITION:
				return transition != null;
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
			case LongtakePackage.CUT_ENTRY___DURATION_SECONDS:
				return durationSeconds();
			case LongtakePackage.CUT_ENTRY___RECORD_OUT:
				return recordOut();
			case LongtakePackage.CUT_ENTRY___RANGES_ARE_VALID__DIAGNOSTICCHAIN_MAP:
				return rangesAreValid((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (shotName: ");
		result.append(shotName);
		result.append(", takeId: ");
		result.append(takeId);
		result.append(", sourceIn: ");
		result.append(sourceIn);
		result.append(", sourceOut: ");
		result.append(sourceOut);
		result.append(", record: ");
		result.append(record);
		result.append(')');
		return result.toString();
	}

} //CutEntryImpl
