/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Location;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;

import dev.longtake.model.internal.ScriptQueries;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.ScriptImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ScriptImpl#getStyles <em>Styles</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ScriptImpl#getCharacters <em>Characters</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ScriptImpl#getLocations <em>Locations</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ScriptImpl#getSequences <em>Sequences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScriptImpl extends EObjectImpl implements Script {
	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected ProjectSettings settings;

	/**
	 * The cached value of the '{@link #getStyles() <em>Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<Style> styles;

	/**
	 * The cached value of the '{@link #getCharacters() <em>Characters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacters()
	 * @generated
	 * @ordered
	 */
	protected EList<dev.longtake.model.Character> characters;

	/**
	 * The cached value of the '{@link #getLocations() <em>Locations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> locations;

	/**
	 * The cached value of the '{@link #getSequences() <em>Sequences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequences()
	 * @generated
	 * @ordered
	 */
	protected EList<Sequence> sequences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScriptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.SCRIPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(ProjectSettings newSettings, NotificationChain msgs) {
		ProjectSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LongtakePackage.SCRIPT__SETTINGS, oldSettings, newSettings);
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
	public void setSettings(ProjectSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.SCRIPT__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.SCRIPT__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.SCRIPT__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Style> getStyles() {
		if (styles == null) {
			styles = new EObjectContainmentEList<Style>(Style.class, this, LongtakePackage.SCRIPT__STYLES);
		}
		return styles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<dev.longtake.model.Character> getCharacters() {
		if (characters == null) {
			characters = new EObjectContainmentEList<dev.longtake.model.Character>(dev.longtake.model.Character.class, this, LongtakePackage.SCRIPT__CHARACTERS);
		}
		return characters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getLocations() {
		if (locations == null) {
			locations = new EObjectContainmentEList<Location>(Location.class, this, LongtakePackage.SCRIPT__LOCATIONS);
		}
		return locations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sequence> getSequences() {
		if (sequences == null) {
			sequences = new EObjectContainmentEList<Sequence>(Sequence.class, this, LongtakePackage.SCRIPT__SEQUENCES);
		}
		return sequences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Shot> allShots() {
		return ScriptQueries.allShots(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shot findShot(final String name) {
		return ScriptQueries.findShot(this, name);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.SCRIPT__SETTINGS:
				return basicSetSettings(null, msgs);
			case LongtakePackage.SCRIPT__STYLES:
				return ((InternalEList<?>)getStyles()).basicRemove(otherEnd, msgs);
			case LongtakePackage.SCRIPT__CHARACTERS:
				return ((InternalEList<?>)getCharacters()).basicRemove(otherEnd, msgs);
			case LongtakePackage.SCRIPT__LOCATIONS:
				return ((InternalEList<?>)getLocations()).basicRemove(otherEnd, msgs);
			case LongtakePackage.SCRIPT__SEQUENCES:
				return ((InternalEList<?>)getSequences()).basicRemove(otherEnd, msgs);
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
			case LongtakePackage.SCRIPT__SETTINGS:
				return getSettings();
			case LongtakePackage.SCRIPT__STYLES:
				return getStyles();
			case LongtakePackage.SCRIPT__CHARACTERS:
				return getCharacters();
			case LongtakePackage.SCRIPT__LOCATIONS:
				return getLocations();
			case LongtakePackage.SCRIPT__SEQUENCES:
				return getSequences();
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
			case LongtakePackage.SCRIPT__SETTINGS:
				setSettings((ProjectSettings)newValue);
				return;
			case LongtakePackage.SCRIPT__STYLES:
				getStyles().clear();
				getStyles().addAll((Collection<? extends Style>)newValue);
				return;
			case LongtakePackage.SCRIPT__CHARACTERS:
				getCharacters().clear();
				getCharacters().addAll((Collection<? extends dev.longtake.model.Character>)newValue);
				return;
			case LongtakePackage.SCRIPT__LOCATIONS:
				getLocations().clear();
				getLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case LongtakePackage.SCRIPT__SEQUENCES:
				getSequences().clear();
				getSequences().addAll((Collection<? extends Sequence>)newValue);
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
			case LongtakePackage.SCRIPT__SETTINGS:
				setSettings((ProjectSettings)null);
				return;
			case LongtakePackage.SCRIPT__STYLES:
				getStyles().clear();
				return;
			case LongtakePackage.SCRIPT__CHARACTERS:
				getCharacters().clear();
				return;
			case LongtakePackage.SCRIPT__LOCATIONS:
				getLocations().clear();
				return;
			case LongtakePackage.SCRIPT__SEQUENCES:
				getSequences().clear();
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
			case LongtakePackage.SCRIPT__SETTINGS:
				return settings != null;
			case LongtakePackage.SCRIPT__STYLES:
				return styles != null && !styles.isEmpty();
			case LongtakePackage.SCRIPT__CHARACTERS:
				return characters != null && !characters.isEmpty();
			case LongtakePackage.SCRIPT__LOCATIONS:
				return locations != null && !locations.isEmpty();
			case LongtakePackage.SCRIPT__SEQUENCES:
				return sequences != null && !sequences.isEmpty();
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
			case LongtakePackage.SCRIPT___ALL_SHOTS:
				return allShots();
			case LongtakePackage.SCRIPT___FIND_SHOT__STRING:
				return findShot((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

} //ScriptImpl
