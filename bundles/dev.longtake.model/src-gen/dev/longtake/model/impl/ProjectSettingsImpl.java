/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.FrameSize;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.VideoFormat;

import dev.longtake.model.internal.ScriptConstraints;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

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
 * An implementation of the model object '<em><b>Project Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getSong <em>Song</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getTempo <em>Tempo</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getBeatsPerBar <em>Beats Per Bar</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getDeliver <em>Deliver</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getDefaultBackend <em>Default Backend</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ProjectSettingsImpl#getCurrency <em>Currency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectSettingsImpl extends EObjectImpl implements ProjectSettings {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSong() <em>Song</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSong()
	 * @generated
	 * @ordered
	 */
	protected static final String SONG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSong() <em>Song</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSong()
	 * @generated
	 * @ordered
	 */
	protected String song = SONG_EDEFAULT;

	/**
	 * The default value of the '{@link #getTempo() <em>Tempo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTempo()
	 * @generated
	 * @ordered
	 */
	protected static final double TEMPO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTempo() <em>Tempo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTempo()
	 * @generated
	 * @ordered
	 */
	protected double tempo = TEMPO_EDEFAULT;

	/**
	 * This is true if the Tempo attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tempoESet;

	/**
	 * The default value of the '{@link #getBeatsPerBar() <em>Beats Per Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeatsPerBar()
	 * @generated
	 * @ordered
	 */
	protected static final int BEATS_PER_BAR_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getBeatsPerBar() <em>Beats Per Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeatsPerBar()
	 * @generated
	 * @ordered
	 */
	protected int beatsPerBar = BEATS_PER_BAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected VideoFormat format;

	/**
	 * The cached value of the '{@link #getDeliver() <em>Deliver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliver()
	 * @generated
	 * @ordered
	 */
	protected FrameSize deliver;

	/**
	 * The default value of the '{@link #getDefaultBackend() <em>Default Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultBackend() <em>Default Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultBackend()
	 * @generated
	 * @ordered
	 */
	protected String defaultBackend = DEFAULT_BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.PROJECT_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSong() {
		return song;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSong(String newSong) {
		String oldSong = song;
		song = newSong;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__SONG, oldSong, song));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTempo() {
		return tempo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTempo(double newTempo) {
		double oldTempo = tempo;
		tempo = newTempo;
		boolean oldTempoESet = tempoESet;
		tempoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__TEMPO, oldTempo, tempo, !oldTempoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTempo() {
		double oldTempo = tempo;
		boolean oldTempoESet = tempoESet;
		tempo = TEMPO_EDEFAULT;
		tempoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, LongtakePackage.PROJECT_SETTINGS__TEMPO, oldTempo, TEMPO_EDEFAULT, oldTempoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTempo() {
		return tempoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeatsPerBar() {
		return beatsPerBar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeatsPerBar(int newBeatsPerBar) {
		int oldBeatsPerBar = beatsPerBar;
		beatsPerBar = newBeatsPerBar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__BEATS_PER_BAR, oldBeatsPerBar, beatsPerBar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VideoFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFormat(VideoFormat newFormat, NotificationChain msgs) {
		VideoFormat oldFormat = format;
		format = newFormat;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__FORMAT, oldFormat, newFormat);
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
	public void setFormat(VideoFormat newFormat) {
		if (newFormat != format) {
			NotificationChain msgs = null;
			if (format != null)
				msgs = ((InternalEObject)format).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.PROJECT_SETTINGS__FORMAT, null, msgs);
			if (newFormat != null)
				msgs = ((InternalEObject)newFormat).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.PROJECT_SETTINGS__FORMAT, null, msgs);
			msgs = basicSetFormat(newFormat, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__FORMAT, newFormat, newFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameSize getDeliver() {
		return deliver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeliver(FrameSize newDeliver, NotificationChain msgs) {
		FrameSize oldDeliver = deliver;
		deliver = newDeliver;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__DELIVER, oldDeliver, newDeliver);
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
	public void setDeliver(FrameSize newDeliver) {
		if (newDeliver != deliver) {
			NotificationChain msgs = null;
			if (deliver != null)
				msgs = ((InternalEObject)deliver).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.PROJECT_SETTINGS__DELIVER, null, msgs);
			if (newDeliver != null)
				msgs = ((InternalEObject)newDeliver).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LongtakePackage.PROJECT_SETTINGS__DELIVER, null, msgs);
			msgs = basicSetDeliver(newDeliver, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__DELIVER, newDeliver, newDeliver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultBackend() {
		return defaultBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultBackend(String newDefaultBackend) {
		String oldDefaultBackend = defaultBackend;
		defaultBackend = newDefaultBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__DEFAULT_BACKEND, oldDefaultBackend, defaultBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(BigDecimal newBudget) {
		BigDecimal oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.PROJECT_SETTINGS__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean tempoIsPositive(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.tempoIsPositive(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean budgetIsValid(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ScriptConstraints.budgetIsValid(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.PROJECT_SETTINGS__FORMAT:
				return basicSetFormat(null, msgs);
			case LongtakePackage.PROJECT_SETTINGS__DELIVER:
				return basicSetDeliver(null, msgs);
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
			case LongtakePackage.PROJECT_SETTINGS__TITLE:
				return getTitle();
			case LongtakePackage.PROJECT_SETTINGS__SONG:
				return getSong();
			case LongtakePackage.PROJECT_SETTINGS__TEMPO:
				return getTempo();
			case LongtakePackage.PROJECT_SETTINGS__BEATS_PER_BAR:
				return getBeatsPerBar();
			case LongtakePackage.PROJECT_SETTINGS__FORMAT:
				return getFormat();
			case LongtakePackage.PROJECT_SETTINGS__DELIVER:
				return getDeliver();
			case LongtakePackage.PROJECT_SETTINGS__DEFAULT_BACKEND:
				return getDefaultBackend();
			case LongtakePackage.PROJECT_SETTINGS__BUDGET:
				return getBudget();
			case LongtakePackage.PROJECT_SETTINGS__CURRENCY:
				return getCurrency();
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
			case LongtakePackage.PROJECT_SETTINGS__TITLE:
				setTitle((String)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__SONG:
				setSong((String)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__TEMPO:
				setTempo((Double)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__BEATS_PER_BAR:
				setBeatsPerBar((Integer)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__FORMAT:
				setFormat((VideoFormat)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__DELIVER:
				setDeliver((FrameSize)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__DEFAULT_BACKEND:
				setDefaultBackend((String)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case LongtakePackage.PROJECT_SETTINGS__CURRENCY:
				setCurrency((String)newValue);
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
			case LongtakePackage.PROJECT_SETTINGS__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case LongtakePackage.PROJECT_SETTINGS__SONG:
				setSong(SONG_EDEFAULT);
				return;
			case LongtakePackage.PROJECT_SETTINGS__TEMPO:
				unsetTempo();
				return;
			case LongtakePackage.PROJECT_SETTINGS__BEATS_PER_BAR:
				setBeatsPerBar(BEATS_PER_BAR_EDEFAULT);
				return;
			case LongtakePackage.PROJECT_SETTINGS__FORMAT:
				setFormat((VideoFormat)null);
				return;
			case LongtakePackage.PROJECT_SETTINGS__DELIVER:
				setDeliver((FrameSize)null);
				return;
			case LongtakePackage.PROJECT_SETTINGS__DEFAULT_BACKEND:
				setDefaultBackend(DEFAULT_BACKEND_EDEFAULT);
				return;
			case LongtakePackage.PROJECT_SETTINGS__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case LongtakePackage.PROJECT_SETTINGS__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
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
			case LongtakePackage.PROJECT_SETTINGS__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case LongtakePackage.PROJECT_SETTINGS__SONG:
				return SONG_EDEFAULT == null ? song != null : !SONG_EDEFAULT.equals(song);
			case LongtakePackage.PROJECT_SETTINGS__TEMPO:
				return isSetTempo();
			case LongtakePackage.PROJECT_SETTINGS__BEATS_PER_BAR:
				return beatsPerBar != BEATS_PER_BAR_EDEFAULT;
			case LongtakePackage.PROJECT_SETTINGS__FORMAT:
				return format != null;
			case LongtakePackage.PROJECT_SETTINGS__DELIVER:
				return deliver != null;
			case LongtakePackage.PROJECT_SETTINGS__DEFAULT_BACKEND:
				return DEFAULT_BACKEND_EDEFAULT == null ? defaultBackend != null : !DEFAULT_BACKEND_EDEFAULT.equals(defaultBackend);
			case LongtakePackage.PROJECT_SETTINGS__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case LongtakePackage.PROJECT_SETTINGS__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
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
			case LongtakePackage.PROJECT_SETTINGS___TEMPO_IS_POSITIVE__DIAGNOSTICCHAIN_MAP:
				return tempoIsPositive((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.PROJECT_SETTINGS___BUDGET_IS_VALID__DIAGNOSTICCHAIN_MAP:
				return budgetIsValid((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (title: ");
		result.append(title);
		result.append(", song: ");
		result.append(song);
		result.append(", tempo: ");
		if (tempoESet) result.append(tempo); else result.append("<unset>");
		result.append(", beatsPerBar: ");
		result.append(beatsPerBar);
		result.append(", defaultBackend: ");
		result.append(defaultBackend);
		result.append(", budget: ");
		result.append(budget);
		result.append(", currency: ");
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //ProjectSettingsImpl
