/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Approach;
import dev.longtake.model.Beat;
import dev.longtake.model.Location;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Shot;

import dev.longtake.model.internal.BeatContinuity;
import dev.longtake.model.internal.Timeline;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Beat</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.BeatImpl#getTime <em>Time</em>}</li>
 *   <li>{@link dev.longtake.model.impl.BeatImpl#getApproach <em>Approach</em>}</li>
 *   <li>{@link dev.longtake.model.impl.BeatImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link dev.longtake.model.impl.BeatImpl#getCast <em>Cast</em>}</li>
 *   <li>{@link dev.longtake.model.impl.BeatImpl#getAction <em>Action</em>}</li>
 *   <li>{@link dev.longtake.model.impl.BeatImpl#getShot <em>Shot</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BeatImpl extends EObjectImpl implements Beat {
	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected double time = TIME_EDEFAULT;

	/**
	 * This is true if the Time attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timeESet;

	/**
	 * The default value of the '{@link #getApproach() <em>Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproach()
	 * @generated
	 * @ordered
	 */
	protected static final Approach APPROACH_EDEFAULT = Approach.NONE;

	/**
	 * The cached value of the '{@link #getApproach() <em>Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproach()
	 * @generated
	 * @ordered
	 */
	protected Approach approach = APPROACH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected Location location;

	/**
	 * The cached value of the '{@link #getCast() <em>Cast</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCast()
	 * @generated
	 * @ordered
	 */
	protected EList<dev.longtake.model.Character> cast;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BeatImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.BEAT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(double newTime) {
		double oldTime = time;
		time = newTime;
		boolean oldTimeESet = timeESet;
		timeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BEAT__TIME, oldTime, time, !oldTimeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTime() {
		double oldTime = time;
		boolean oldTimeESet = timeESet;
		time = TIME_EDEFAULT;
		timeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, LongtakePackage.BEAT__TIME, oldTime, TIME_EDEFAULT, oldTimeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTime() {
		return timeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approach getApproach() {
		return approach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproach(Approach newApproach) {
		Approach oldApproach = approach;
		approach = newApproach == null ? APPROACH_EDEFAULT : newApproach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BEAT__APPROACH, oldApproach, approach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Location getLocation() {
		if (location != null && location.eIsProxy()) {
			InternalEObject oldLocation = (InternalEObject)location;
			location = (Location)eResolveProxy(oldLocation);
			if (location != oldLocation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongtakePackage.BEAT__LOCATION, oldLocation, location));
			}
		}
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Location basicGetLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(Location newLocation) {
		Location oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BEAT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<dev.longtake.model.Character> getCast() {
		if (cast == null) {
			cast = new EObjectResolvingEList<dev.longtake.model.Character>(dev.longtake.model.Character.class, this, LongtakePackage.BEAT__CAST);
		}
		return cast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BEAT__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shot getShot() {
		if (eContainerFeatureID() != LongtakePackage.BEAT__SHOT) return null;
		return (Shot)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShot(Shot newShot, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newShot, LongtakePackage.BEAT__SHOT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShot(Shot newShot) {
		if (newShot != eInternalContainer() || (eContainerFeatureID() != LongtakePackage.BEAT__SHOT && newShot != null)) {
			if (EcoreUtil.isAncestor(this, newShot))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newShot != null)
				msgs = ((InternalEObject)newShot).eInverseAdd(this, LongtakePackage.SHOT__BEATS, Shot.class, msgs);
			msgs = basicSetShot(newShot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.BEAT__SHOT, newShot, newShot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beat previousBeat() {
		return BeatContinuity.previousBeat(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double startSeconds() {
		return Timeline.startSeconds(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double endSeconds() {
		return Timeline.endSeconds(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Location effectiveLocation() {
		return BeatContinuity.effectiveLocation(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<dev.longtake.model.Character> effectiveCast() {
		return BeatContinuity.effectiveCast(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.BEAT__SHOT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetShot((Shot)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.BEAT__SHOT:
				return basicSetShot(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case LongtakePackage.BEAT__SHOT:
				return eInternalContainer().eInverseRemove(this, LongtakePackage.SHOT__BEATS, Shot.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongtakePackage.BEAT__TIME:
				return getTime();
			case LongtakePackage.BEAT__APPROACH:
				return getApproach();
			case LongtakePackage.BEAT__LOCATION:
				if (resolve) return getLocation();
				return basicGetLocation();
			case LongtakePackage.BEAT__CAST:
				return getCast();
			case LongtakePackage.BEAT__ACTION:
				return getAction();
			case LongtakePackage.BEAT__SHOT:
				return getShot();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LongtakePackage.BEAT__TIME:
				setTime((Double)newValue);
				return;
			case LongtakePackage.BEAT__APPROACH:
				setApproach((Approach)newValue);
				return;
			case LongtakePackage.BEAT__LOCATION:
				setLocation((Location)newValue);
				return;
			case LongtakePackage.BEAT__CAST:
				getCast().clear();
				getCast().addAll((Collection<? extends dev.longtake.model.Character>)newValue);
				return;
			case LongtakePackage.BEAT__ACTION:
				setAction((String)newValue);
				return;
			case LongtakePackage.BEAT__SHOT:
				setShot((Shot)newValue);
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
			case LongtakePackage.BEAT__TIME:
				unsetTime();
				return;
			case LongtakePackage.BEAT__APPROACH:
				setApproach(APPROACH_EDEFAULT);
				return;
			case LongtakePackage.BEAT__LOCATION:
				setLocation((Location)null);
				return;
			case LongtakePackage.BEAT__CAST:
				getCast().clear();
				return;
			case LongtakePackage.BEAT__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case LongtakePackage.BEAT__SHOT:
				setShot((Shot)null);
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
			case LongtakePackage.BEAT__TIME:
				return isSetTime();
			case LongtakePackage.BEAT__APPROACH:
				return approach != APPROACH_EDEFAULT;
			case LongtakePackage.BEAT__LOCATION:
				return location != null;
			case LongtakePackage.BEAT__CAST:
				return cast != null && !cast.isEmpty();
			case LongtakePackage.BEAT__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case LongtakePackage.BEAT__SHOT:
				return getShot() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LongtakePackage.BEAT___PREVIOUS_BEAT:
				return previousBeat();
			case LongtakePackage.BEAT___START_SECONDS:
				return startSeconds();
			case LongtakePackage.BEAT___END_SECONDS:
				return endSeconds();
			case LongtakePackage.BEAT___EFFECTIVE_LOCATION:
				return effectiveLocation();
			case LongtakePackage.BEAT___EFFECTIVE_CAST:
				return effectiveCast();
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
		result.append(" (time: ");
		if (timeESet) result.append(time); else result.append("<unset>");
		result.append(", approach: ");
		result.append(approach);
		result.append(", action: ");
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //BeatImpl
