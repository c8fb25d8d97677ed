/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Beat;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;

import dev.longtake.model.internal.ScriptConstraints;
import dev.longtake.model.internal.ScriptQueries;
import dev.longtake.model.internal.Timeline;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getTakesWanted <em>Takes Wanted</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getContinues <em>Continues</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getImageInput <em>Image Input</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getCamera <em>Camera</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getBeats <em>Beats</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ShotImpl#getSequence <em>Sequence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShotImpl extends NamedElementImpl implements Shot {
	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected double duration = DURATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected Style style;

	/**
	 * The default value of the '{@link #getTakesWanted() <em>Takes Wanted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakesWanted()
	 * @generated
	 * @ordered
	 */
	protected static final int TAKES_WANTED_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getTakesWanted() <em>Takes Wanted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakesWanted()
	 * @generated
	 * @ordered
	 */
	protected int takesWanted = TAKES_WANTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected String backend = BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * This is true if the Seed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean seedESet;

	/**
	 * The cached value of the '{@link #getContinues() <em>Continues</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinues()
	 * @generated
	 * @ordered
	 */
	protected Shot continues;

	/**
	 * The default value of the '{@link #getImageInput() <em>Image Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageInput()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_INPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageInput() <em>Image Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageInput()
	 * @generated
	 * @ordered
	 */
	protected String imageInput = IMAGE_INPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCamera() <em>Camera</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCamera()
	 * @generated
	 * @ordered
	 */
	protected static final String CAMERA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCamera() <em>Camera</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCamera()
	 * @generated
	 * @ordered
	 */
	protected String camera = CAMERA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBeats() <em>Beats</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeats()
	 * @generated
	 * @ordered
	 */
	protected EList<Beat> beats;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.SHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(double newDuration) {
		double oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Style getStyle() {
		if (style != null && style.eIsProxy()) {
			InternalEObject oldStyle = (InternalEObject)style;
			style = (Style)eResolveProxy(oldStyle);
			if (style != oldStyle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongtakePackage.SHOT__STYLE, oldStyle, style));
			}
		}
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Style basicGetStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(Style newStyle) {
		Style oldStyle = style;
		style = newStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__STYLE, oldStyle, style));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTakesWanted() {
		return takesWanted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakesWanted(int newTakesWanted) {
		int oldTakesWanted = takesWanted;
		takesWanted = newTakesWanted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__TAKES_WANTED, oldTakesWanted, takesWanted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(String newBackend) {
		String oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__BACKEND, oldBackend, backend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		boolean oldSeedESet = seedESet;
		seedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__SEED, oldSeed, seed, !oldSeedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSeed() {
		long oldSeed = seed;
		boolean oldSeedESet = seedESet;
		seed = SEED_EDEFAULT;
		seedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, LongtakePackage.SHOT__SEED, oldSeed, SEED_EDEFAULT, oldSeedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSeed() {
		return seedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shot getContinues() {
		if (continues != null && continues.eIsProxy()) {
			InternalEObject oldContinues = (InternalEObject)continues;
			continues = (Shot)eResolveProxy(oldContinues);
			if (continues != oldContinues) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LongtakePackage.SHOT__CONTINUES, oldContinues, continues));
			}
		}
		return continues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Shot basicGetContinues() {
		return continues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinues(Shot newContinues) {
		Shot oldContinues = continues;
		continues = newContinues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__CONTINUES, oldContinues, continues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageInput() {
		return imageInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageInput(String newImageInput) {
		String oldImageInput = imageInput;
		imageInput = newImageInput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__IMAGE_INPUT, oldImageInput, imageInput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCamera() {
		return camera;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCamera(String newCamera) {
		String oldCamera = camera;
		camera = newCamera;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__CAMERA, oldCamera, camera));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Beat> getBeats() {
		if (beats == null) {
			beats = new EObjectContainmentWithInverseEList<Beat>(Beat.class, this, LongtakePackage.SHOT__BEATS, LongtakePackage.BEAT__SHOT);
		}
		return beats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sequence getSequence() {
		if (eContainerFeatureID() != LongtakePackage.SHOT__SEQUENCE) return null;
		return (Sequence)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSequence(Sequence newSequence, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSequence, LongtakePackage.SHOT__SEQUENCE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(Sequence newSequence) {
		if (newSequence != eInternalContainer() || (eContainerFeatureID() != LongtakePackage.SHOT__SEQUENCE && newSequence != null)) {
			if (EcoreUtil.isAncestor(this, newSequence))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSequence != null)
				msgs = ((InternalEObject)newSequence).eInverseAdd(this, LongtakePackage.SEQUENCE__SHOTS, Sequence.class, msgs);
			msgs = basicSetSequence(newSequence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SHOT__SEQUENCE, newSequence, newSequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double songStartSeconds() {
		return Timeline.songStartSeconds(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double songEndSeconds() {
		return Timeline.songEndSeconds(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String effectiveBackend() {
		return ScriptQueries.effectiveBackend(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean durationIsPositive(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.durationIsPositive(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean takesWantedIsPositive(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.takesWantedIsPositive(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean beatTimesIncrease(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.beatTimesIncrease(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean continuationIsAcyclic(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.continuationIsAcyclic(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.SHOT__BEATS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBeats()).basicAdd(otherEnd, msgs);
			case LongtakePackage.SHOT__SEQUENCE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSequence((Sequence)otherEnd, msgs);
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
			case LongtakePackage.SHOT__BEATS:
				return ((InternalEList<?>)getBeats()).basicRemove(otherEnd, msgs);
			case LongtakePackage.SHOT__SEQUENCE:
				return basicSetSequence(null, msgs);
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
			case LongtakePackage.SHOT__SEQUENCE:
				return eInternalContainer().eInverseRemove(this, LongtakePackage.SEQUENCE__SHOTS, Sequence.class, msgs);
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
			case LongtakePackage.SHOT__DURATION:
				return getDuration();
			case LongtakePackage.SHOT__STYLE:
				if (resolve) return getStyle();
				return basicGetStyle();
			case LongtakePackage.SHOT__TAKES_WANTED:
				return getTakesWanted();
			case LongtakePackage.SHOT__BACKEND:
				return getBackend();
			case LongtakePackage.SHOT__SEED:
				return getSeed();
			case LongtakePackage.SHOT__CONTINUES:
				if (resolve) return getContinues();
				return basicGetContinues();
			case LongtakePackage.SHOT__IMAGE_INPUT:
				return getImageInput();
			case LongtakePackage.SHOT__CAMERA:
				return getCamera();
			case LongtakePackage.SHOT__BEATS:
				return getBeats();
			case LongtakePackage.SHOT__SEQUENCE:
				return getSequence();
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
			case LongtakePackage.SHOT__DURATION:
				setDuration((Double)newValue);
				return;
			case LongtakePackage.SHOT__STYLE:
				setStyle((Style)newValue);
				return;
			case LongtakePackage.SHOT__TAKES_WANTED:
				setTakesWanted((Integer)newValue);
				return;
			case LongtakePackage.SHOT__BACKEND:
				setBackend((String)newValue);
				return;
			case LongtakePackage.SHOT__SEED:
				setSeed((Long)newValue);
				return;
			case LongtakePackage.SHOT__CONTINUES:
				setContinues((Shot)newValue);
				return;
			case LongtakePackage.SHOT__IMAGE_INPUT:
				setImageInput((String)newValue);
				return;
			case LongtakePackage.SHOT__CAMERA:
				setCamera((String)newValue);
				return;
			case LongtakePackage.SHOT__BEATS:
				getBeats().clear();
				getBeats().addAll((Collection<? extends Beat>)newValue);
				return;
			case LongtakePackage.SHOT__SEQUENCE:
				setSequence((Sequence)newValue);
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
			case LongtakePackage.SHOT__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case LongtakePackage.SHOT__STYLE:
				setStyle((Style)null);
				return;
			case LongtakePackage.SHOT__TAKES_WANTED:
				setTakesWanted(TAKES_WANTED_EDEFAULT);
				return;
			case LongtakePackage.SHOT__BACKEND:
				setBackend(BACKEND_EDEFAULT);
				return;
			case LongtakePackage.SHOT__SEED:
				unsetSeed();
				return;
			case LongtakePackage.SHOT__CONTINUES:
				setContinues((Shot)null);
				return;
			case LongtakePackage.SHOT__IMAGE_INPUT:
				setImageInput(IMAGE_INPUT_EDEFAULT);
				return;
			case LongtakePackage.SHOT__CAMERA:
				setCamera(CAMERA_EDEFAULT);
				return;
			case LongtakePackage.SHOT__BEATS:
				getBeats().clear();
				return;
			case LongtakePackage.SHOT__SEQUENCE:
				setSequence((Sequence)null);
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
			case LongtakePackage.SHOT__DURATION:
				return duration != DURATION_EDEFAULT;
			case LongtakePackage.SHOT__STYLE:
				return style != null;
			case LongtakePackage.SHOT__TAKES_WANTED:
				return takesWanted != TAKES_WANTED_EDEFAULT;
			case LongtakePackage.SHOT__BACKEND:
				return BACKEND_EDEFAULT == null ? backend != null : !BACKEND_EDEFAULT.equals(backend);
			case LongtakePackage.SHOT__SEED:
				return isSetSeed();
			case LongtakePackage.SHOT__CONTINUES:
				return continues != null;
			case LongtakePackage.SHOT__IMAGE_INPUT:
				return IMAGE_INPUT_EDEFAULT == null ? imageInput != null : !IMAGE_INPUT_EDEFAULT.equals(imageInput);
			case LongtakePackage.SHOT__CAMERA:
				return CAMERA_EDEFAULT == null ? camera != null : !CAMERA_EDEFAULT.equals(camera);
			case LongtakePackage.SHOT__BEATS:
				return beats != null && !beats.isEmpty();
			case LongtakePackage.SHOT__SEQUENCE:
				return getSequence() != null;
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
			case LongtakePackage.SHOT___SONG_START_SECONDS:
				return songStartSeconds();
			case LongtakePackage.SHOT___SONG_END_SECONDS:
				return songEndSeconds();
			case LongtakePackage.SHOT___EFFECTIVE_BACKEND:
				return effectiveBackend();
			case LongtakePackage.SHOT___DURATION_IS_POSITIVE__DIAGNOSTICCHAIN_MAP:
				return durationIsPositive((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.SHOT___TAKES_WANTED_IS_POSITIVE__DIAGNOSTICCHAIN_MAP:
				return takesWantedIsPositive((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.SHOT___BEAT_TIMES_INCREASE__DIAGNOSTICCHAIN_MAP:
				return beatTimesIncrease((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.SHOT___CONTINUATION_IS_ACYCLIC__DIAGNOSTICCHAIN_MAP:
				return continuationIsAcyclic((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (duration: ");
		result.append(duration);
		result.append(", takesWanted: ");
		result.append(takesWanted);
		result.append(", backend: ");
		result.append(backend);
		result.append(", seed: ");
		if (seedESet) result.append(seed); else result.append("<unset>");
		result.append(", imageInput: ");
		result.append(imageInput);
		result.append(", camera: ");
		result.append(camera);
		result.append(')');
		return result.toString();
	}

} //ShotImpl
