/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;

import dev.longtake.model.internal.LedgerConstraints;
import dev.longtake.model.internal.LedgerOperations;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Take</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getId <em>Id</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getShotName <em>Shot Name</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getRequestHash <em>Request Hash</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getModel <em>Model</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getPromptAsSent <em>Prompt As Sent</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getState <em>State</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getFile <em>File</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getThumbnails <em>Thumbnails</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#isCircled <em>Circled</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link dev.longtake.model.impl.TakeImpl#getError <em>Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TakeImpl extends EObjectImpl implements Take {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getRequestHash() <em>Request Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestHash()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUEST_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestHash() <em>Request Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestHash()
	 * @generated
	 * @ordered
	 */
	protected String requestHash = REQUEST_HASH_EDEFAULT;

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
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> parameters;

	/**
	 * The default value of the '{@link #getPromptAsSent() <em>Prompt As Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromptAsSent()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMPT_AS_SENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromptAsSent() <em>Prompt As Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromptAsSent()
	 * @generated
	 * @ordered
	 */
	protected String promptAsSent = PROMPT_AS_SENT_EDEFAULT;

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
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final TakeState STATE_EDEFAULT = TakeState.PLANNED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected TakeState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String remoteId = REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

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
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThumbnails() <em>Thumbnails</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThumbnails()
	 * @generated
	 * @ordered
	 */
	protected EList<String> thumbnails;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final int RATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected int rating = RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #isCircled() <em>Circled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCircled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CIRCLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCircled() <em>Circled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCircled()
	 * @generated
	 * @ordered
	 */
	protected boolean circled = CIRCLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Date submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected Date finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected String error = ERROR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TakeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.TAKE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__SHOT_NAME, oldShotName, shotName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequestHash() {
		return requestHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestHash(String newRequestHash) {
		String oldRequestHash = requestHash;
		requestHash = newRequestHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__REQUEST_HASH, oldRequestHash, requestHash));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__BACKEND, oldBackend, backend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getParameters() {
		if (parameters == null) {
			parameters = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, LongtakePackage.TAKE__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromptAsSent() {
		return promptAsSent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromptAsSent(String newPromptAsSent) {
		String oldPromptAsSent = promptAsSent;
		promptAsSent = newPromptAsSent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__PROMPT_AS_SENT, oldPromptAsSent, promptAsSent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__SEED, oldSeed, seed, !oldSeedESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, LongtakePackage.TAKE__SEED, oldSeed, SEED_EDEFAULT, oldSeedESet));
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
	public TakeState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(TakeState newState) {
		TakeState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteId() {
		return remoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteId(String newRemoteId) {
		String oldRemoteId = remoteId;
		remoteId = newRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__COST, oldCost, cost));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getThumbnails() {
		if (thumbnails == null) {
			thumbnails = new EDataTypeUniqueEList<String>(String.class, this, LongtakePackage.TAKE__THUMBNAILS);
		}
		return thumbnails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(int newRating) {
		int oldRating = rating;
		rating = newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCircled() {
		return circled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCircled(boolean newCircled) {
		boolean oldCircled = circled;
		circled = newCircled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__CIRCLED, oldCircled, circled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Date newSubmittedAt) {
		Date oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Date newFinishedAt) {
		Date oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(String newError) {
		String oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.TAKE__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFinished() {
		return LedgerOperations.isFinished(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void circle() {
		LedgerOperations.circle(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean ratingIsWithinRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return LedgerConstraints.ratingIsWithinRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean onlyDoneTakesAreCircled(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return LedgerConstraints.onlyDoneTakesAreCircled(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean costIsNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return LedgerConstraints.costIsNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.TAKE__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case LongtakePackage.TAKE__ID:
				return getId();
			case LongtakePackage.TAKE__SHOT_NAME:
				return getShotName();
			case LongtakePackage.TAKE__REQUEST_HASH:
				return getRequestHash();
			case LongtakePackage.TAKE__BACKEND:
				return getBackend();
			case LongtakePackage.TAKE__MODEL:
				return getModel();
			case LongtakePackage.TAKE__PARAMETERS:
				if (coreType) return getParameters();
				else return getParameters().map();
			case LongtakePackage.TAKE__PROMPT_AS_SENT:
				return getPromptAsSent();
			case LongtakePackage.TAKE__SEED:
				return getSeed();
			case LongtakePackage.TAKE__STATE:
				return getState();
			case LongtakePackage.TAKE__REMOTE_ID:
				return getRemoteId();
			case LongtakePackage.TAKE__COST:
				return getCost();
			case LongtakePackage.TAKE__CURRENCY:
				return getCurrency();
			case LongtakePackage.TAKE__FILE:
				return getFile();
			case LongtakePackage.TAKE__THUMBNAILS:
				return getThumbnails();
			case LongtakePackage.TAKE__RATING:
				return getRating();
			case LongtakePackage.TAKE__CIRCLED:
				return isCircled();
			case LongtakePackage.TAKE__CREATED_AT:
				return getCreatedAt();
			case LongtakePackage.TAKE__SUBMITTED_AT:
				return getSubmittedAt();
			case LongtakePackage.TAKE__FINISHED_AT:
				return getFinishedAt();
			case LongtakePackage.TAKE__ERROR:
				return getError();
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
			case LongtakePackage.TAKE__ID:
				setId((String)newValue);
				return;
			case LongtakePackage.TAKE__SHOT_NAME:
				setShotName((String)newValue);
				return;
			case LongtakePackage.TAKE__REQUEST_HASH:
				setRequestHash((String)newValue);
				return;
			case LongtakePackage.TAKE__BACKEND:
				setBackend((String)newValue);
				return;
			case LongtakePackage.TAKE__MODEL:
				setModel((String)newValue);
				return;
			case LongtakePackage.TAKE__PARAMETERS:
				((EStructuralFeature.Setting)getParameters()).set(newValue);
				return;
			case LongtakePackage.TAKE__PROMPT_AS_SENT:
				setPromptAsSent((String)newValue);
				return;
			case LongtakePackage.TAKE__SEED:
				setSeed((Long)newValue);
				return;
			case LongtakePackage.TAKE__STATE:
				setState((TakeState)newValue);
				return;
			case LongtakePackage.TAKE__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case LongtakePackage.TAKE__COST:
				setCost((BigDecimal)newValue);
				return;
			case LongtakePackage.TAKE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case LongtakePackage.TAKE__FILE:
				setFile((String)newValue);
				return;
			case LongtakePackage.TAKE__THUMBNAILS:
				getThumbnails().clear();
				getThumbnails().addAll((Collection<? extends String>)newValue);
				return;
			case LongtakePackage.TAKE__RATING:
				setRating((Integer)newValue);
				return;
			case LongtakePackage.TAKE__CIRCLED:
				setCircled((Boolean)newValue);
				return;
			case LongtakePackage.TAKE__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case LongtakePackage.TAKE__SUBMITTED_AT:
				setSubmittedAt((Date)newValue);
				return;
			case LongtakePackage.TAKE__FINISHED_AT:
				setFinishedAt((Date)newValue);
				return;
			case LongtakePackage.TAKE__ERROR:
				setError((String)newValue);
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
			case LongtakePackage.TAKE__ID:
				setId(ID_EDEFAULT);
				return;
			case LongtakePackage.TAKE__SHOT_NAME:
				setShotName(SHOT_NAME_EDEFAULT);
				return;
			case LongtakePackage.TAKE__REQUEST_HASH:
				setRequestHash(REQUEST_HASH_EDEFAULT);
				return;
			case LongtakePackage.TAKE__BACKEND:
				setBackend(BACKEND_EDEFAULT);
				return;
			case LongtakePackage.TAKE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case LongtakePackage.TAKE__PARAMETERS:
				getParameters().clear();
				return;
			case LongtakePackage.TAKE__PROMPT_AS_SENT:
				setPromptAsSent(PROMPT_AS_SENT_EDEFAULT);
				return;
			case LongtakePackage.TAKE__SEED:
				unsetSeed();
				return;
			case LongtakePackage.TAKE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case LongtakePackage.TAKE__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case LongtakePackage.TAKE__COST:
				setCost(COST_EDEFAULT);
				return;
			case LongtakePackage.TAKE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case LongtakePackage.TAKE__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case LongtakePackage.TAKE__THUMBNAILS:
				getThumbnails().clear();
				return;
			case LongtakePackage.TAKE__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case LongtakePackage.TAKE__CIRCLED:
				setCircled(CIRCLED_EDEFAULT);
				return;
			case LongtakePackage.TAKE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case LongtakePackage.TAKE__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case LongtakePackage.TAKE__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case LongtakePackage.TAKE__ERROR:
				setError(ERROR_EDEFAULT);
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
			case LongtakePackage.TAKE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LongtakePackage.TAKE__SHOT_NAME:
				return SHOT_NAME_EDEFAULT == null ? shotName != null : !SHOT_NAME_EDEFAULT.equals(shotName);
			case LongtakePackage.TAKE__REQUEST_HASH:
				return REQUEST_HASH_EDEFAULT == null ? requestHash != null : !REQUEST_HASH_EDEFAULT.equals(requestHash);
			case LongtakePackage.TAKE__BACKEND:
				return BACKEND_EDEFAULT == null ? backend != null : !BACKEND_EDEFAULT.equals(backend);
			case LongtakePackage.TAKE__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case LongtakePackage.TAKE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case LongtakePackage.TAKE__PROMPT_AS_SENT:
				return PROMPT_AS_SENT_EDEFAULT == null ? promptAsSent != null : !PROMPT_AS_SENT_EDEFAULT.equals(promptAsSent);
			case LongtakePackage.TAKE__SEED:
				return isSetSeed();
			case LongtakePackage.TAKE__STATE:
				return state != STATE_EDEFAULT;
			case LongtakePackage.TAKE__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case LongtakePackage.TAKE__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case LongtakePackage.TAKE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case LongtakePackage.TAKE__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case LongtakePackage.TAKE__THUMBNAILS:
				return thumbnails != null && !thumbnails.isEmpty();
			case LongtakePackage.TAKE__RATING:
				return rating != RATING_EDEFAULT;
			case LongtakePackage.TAKE__CIRCLED:
				return circled != CIRCLED_EDEFAULT;
			case LongtakePackage.TAKE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case LongtakePackage.TAKE__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case LongtakePackage.TAKE__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case LongtakePackage.TAKE__ERROR:
				return ERROR_EDEFAULT == null ? error != null : !ERROR_EDEFAULT.equals(error);
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
			case LongtakePackage.TAKE___IS_FINISHED:
				return isFinished();
			case LongtakePackage.TAKE___CIRCLE:
				circle();
				return null;
			case LongtakePackage.TAKE___RATING_IS_WITHIN_RANGE__DIAGNOSTICCHAIN_MAP:
				return ratingIsWithinRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.TAKE___ONLY_DONE_TAKES_ARE_CIRCLED__DIAGNOSTICCHAIN_MAP:
				return onlyDoneTakesAreCircled((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.TAKE___COST_IS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return costIsNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (id: ");
		result.append(id);
		result.append(", shotName: ");
		result.append(shotName);
		result.append(", requestHash: ");
		result.append(requestHash);
		result.append(", backend: ");
		result.append(backend);
		result.append(", model: ");
		result.append(model);
		result.append(", promptAsSent: ");
		result.append(promptAsSent);
		result.append(", seed: ");
		if (seedESet) result.append(seed); else result.append("<unset>");
		result.append(", state: ");
		result.append(state);
		result.append(", remoteId: ");
		result.append(remoteId);
		result.append(", cost: ");
		result.append(cost);
		result.append(", currency: ");
		result.append(currency);
		result.append(", file: ");
		result.append(file);
		result.append(", thumbnails: ");
		result.append(thumbnails);
		result.append(", rating: ");
		result.append(rating);
		result.append(", circled: ");
		result.append(circled);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", error: ");
		result.append(error);
		result.append(')');
		return result.toString();
	}

} //TakeImpl
