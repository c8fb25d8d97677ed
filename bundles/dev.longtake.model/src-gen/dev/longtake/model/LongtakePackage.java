/**
 */
package dev.longtake.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Longtake model. A Script is the content of one .shots file (the DSL is its textual notation); a Ledger records the takes generated for a script and the money spent; a Cut places chosen takes on the song. Ledger and Cut name shots by name (and request hash), never by EReference, because they live in other files beside the script. Times are seconds as doubles; amounts of money are BigDecimal with an ISO 4217 currency code.
 * <!-- end-model-doc -->
 * @see dev.longtake.model.LongtakeFactory
 * @model kind="package"
 * @generated
 */
public interface LongtakePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://longtake.dev/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "longtake";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LongtakePackage eINSTANCE = dev.longtake.model.impl.LongtakePackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.NamedElementImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.DescribedElementImpl <em>Described Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.DescribedElementImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getDescribedElement()
	 * @generated
	 */
	int DESCRIBED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIBED_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIBED_ELEMENT__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Described Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIBED_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Described Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIBED_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.ScriptImpl <em>Script</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.ScriptImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getScript()
	 * @generated
	 */
	int SCRIPT = 2;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SETTINGS = 0;

	/**
	 * The feature id for the '<em><b>Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__STYLES = 1;

	/**
	 * The feature id for the '<em><b>Characters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__CHARACTERS = 2;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__LOCATIONS = 3;

	/**
	 * The feature id for the '<em><b>Sequences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SEQUENCES = 4;

	/**
	 * The number of structural features of the '<em>Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>All Shots</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT___ALL_SHOTS = 0;

	/**
	 * The operation id for the '<em>Find Shot</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT___FIND_SHOT__STRING = 1;

	/**
	 * The number of operations of the '<em>Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.ProjectSettingsImpl <em>Project Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.ProjectSettingsImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getProjectSettings()
	 * @generated
	 */
	int PROJECT_SETTINGS = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Song</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__SONG = 1;

	/**
	 * The feature id for the '<em><b>Tempo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__TEMPO = 2;

	/**
	 * The feature id for the '<em><b>Beats Per Bar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__BEATS_PER_BAR = 3;

	/**
	 * The feature id for the '<em><b>Format</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__FORMAT = 4;

	/**
	 * The feature id for the '<em><b>Deliver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__DELIVER = 5;

	/**
	 * The feature id for the '<em><b>Default Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__DEFAULT_BACKEND = 6;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__BUDGET = 7;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__CURRENCY = 8;

	/**
	 * The number of structural features of the '<em>Project Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS_FEATURE_COUNT = 9;

	/**
	 * The operation id for the '<em>Tempo Is Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS___TEMPO_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Budget Is Valid</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS___BUDGET_IS_VALID__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Project Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.FrameSizeImpl <em>Frame Size</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.FrameSizeImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getFrameSize()
	 * @generated
	 */
	int FRAME_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_SIZE__WIDTH = 0;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_SIZE__HEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Frame Size</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_SIZE_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Size Is Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_SIZE___SIZE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Frame Size</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_SIZE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.VideoFormatImpl <em>Video Format</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.VideoFormatImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getVideoFormat()
	 * @generated
	 */
	int VIDEO_FORMAT = 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT__WIDTH = FRAME_SIZE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT__HEIGHT = FRAME_SIZE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT__FPS = FRAME_SIZE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Video Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT_FEATURE_COUNT = FRAME_SIZE_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Size Is Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT___SIZE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = FRAME_SIZE___SIZE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Frame Rate Is Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT___FRAME_RATE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = FRAME_SIZE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Video Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FORMAT_OPERATION_COUNT = FRAME_SIZE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.StyleImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__NAME = DESCRIBED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__DESCRIPTION = DESCRIBED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = DESCRIBED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = DESCRIBED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.CharacterImpl <em>Character</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.CharacterImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getCharacter()
	 * @generated
	 */
	int CHARACTER = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTER__NAME = DESCRIBED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTER__DESCRIPTION = DESCRIBED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTER__REFERENCES = DESCRIBED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Character</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTER_FEATURE_COUNT = DESCRIBED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Character</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTER_OPERATION_COUNT = DESCRIBED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.LocationImpl <em>Location</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.LocationImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getLocation()
	 * @generated
	 */
	int LOCATION = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__NAME = DESCRIBED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__DESCRIPTION = DESCRIBED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_FEATURE_COUNT = DESCRIBED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_OPERATION_COUNT = DESCRIBED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.SequenceImpl <em>Sequence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.SequenceImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getSequence()
	 * @generated
	 */
	int SEQUENCE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE__POSITION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE__TRANSITION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Shots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE__SHOTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Sequence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Start Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE___START_SECONDS = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Length Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE___LENGTH_SECONDS = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>End Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE___END_SECONDS = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Sequence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.SongPositionImpl <em>Song Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.SongPositionImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getSongPosition()
	 * @generated
	 */
	int SONG_POSITION = 10;

	/**
	 * The number of structural features of the '<em>Song Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SONG_POSITION_FEATURE_COUNT = 0;

	/**
	 * The operation id for the '<em>To Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SONG_POSITION___TO_SECONDS__DOUBLE_INT = 0;

	/**
	 * The number of operations of the '<em>Song Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SONG_POSITION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.TimePositionImpl <em>Time Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.TimePositionImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getTimePosition()
	 * @generated
	 */
	int TIME_POSITION = 11;

	/**
	 * The feature id for the '<em><b>Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_POSITION__SECONDS = SONG_POSITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Time Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_POSITION_FEATURE_COUNT = SONG_POSITION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>To Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_POSITION___TO_SECONDS__DOUBLE_INT = SONG_POSITION___TO_SECONDS__DOUBLE_INT;

	/**
	 * The operation id for the '<em>Seconds Are Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_POSITION___SECONDS_ARE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = SONG_POSITION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Time Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_POSITION_OPERATION_COUNT = SONG_POSITION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.BarPositionImpl <em>Bar Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.BarPositionImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getBarPosition()
	 * @generated
	 */
	int BAR_POSITION = 12;

	/**
	 * The feature id for the '<em><b>Bar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_POSITION__BAR = SONG_POSITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Beat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_POSITION__BEAT = SONG_POSITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Bar Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_POSITION_FEATURE_COUNT = SONG_POSITION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>To Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_POSITION___TO_SECONDS__DOUBLE_INT = SONG_POSITION___TO_SECONDS__DOUBLE_INT;

	/**
	 * The operation id for the '<em>Bar Is Placeable</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_POSITION___BAR_IS_PLACEABLE__DIAGNOSTICCHAIN_MAP = SONG_POSITION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Bar Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_POSITION_OPERATION_COUNT = SONG_POSITION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.TransitionImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 13;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__DURATION = 1;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Overlap Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION___OVERLAP_SECONDS = 0;

	/**
	 * The operation id for the '<em>Duration Fits Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION___DURATION_FITS_KIND__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.ShotImpl <em>Shot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.ShotImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getShot()
	 * @generated
	 */
	int SHOT = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__DURATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__STYLE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Takes Wanted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__TAKES_WANTED = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__BACKEND = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SEED = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Continues</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__CONTINUES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Image Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__IMAGE_INPUT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Camera</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__CAMERA = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Beats</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__BEATS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SEQUENCE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Shot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Song Start Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___SONG_START_SECONDS = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Song End Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___SONG_END_SECONDS = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Effective Backend</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___EFFECTIVE_BACKEND = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Duration Is Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___DURATION_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Takes Wanted Is Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___TAKES_WANTED_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Beat Times Increase</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___BEAT_TIMES_INCREASE__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The operation id for the '<em>Continuation Is Acyclic</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT___CONTINUATION_IS_ACYCLIC__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 6;

	/**
	 * The number of operations of the '<em>Shot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 7;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.BeatImpl <em>Beat</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.BeatImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getBeat()
	 * @generated
	 */
	int BEAT = 15;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT__TIME = 0;

	/**
	 * The feature id for the '<em><b>Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT__APPROACH = 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT__LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Cast</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT__CAST = 3;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT__ACTION = 4;

	/**
	 * The feature id for the '<em><b>Shot</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT__SHOT = 5;

	/**
	 * The number of structural features of the '<em>Beat</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Previous Beat</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT___PREVIOUS_BEAT = 0;

	/**
	 * The operation id for the '<em>Start Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT___START_SECONDS = 1;

	/**
	 * The operation id for the '<em>End Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT___END_SECONDS = 2;

	/**
	 * The operation id for the '<em>Effective Location</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT___EFFECTIVE_LOCATION = 3;

	/**
	 * The operation id for the '<em>Effective Cast</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT___EFFECTIVE_CAST = 4;

	/**
	 * The number of operations of the '<em>Beat</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEAT_OPERATION_COUNT = 5;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.LedgerImpl <em>Ledger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.LedgerImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getLedger()
	 * @generated
	 */
	int LEDGER = 16;

	/**
	 * The feature id for the '<em><b>Takes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__TAKES = 0;

	/**
	 * The feature id for the '<em><b>Spending</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__SPENDING = 1;

	/**
	 * The number of structural features of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Takes Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___TAKES_OF__STRING = 0;

	/**
	 * The operation id for the '<em>Takes For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___TAKES_FOR__STRING_STRING = 1;

	/**
	 * The operation id for the '<em>Find Take</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___FIND_TAKE__STRING = 2;

	/**
	 * The operation id for the '<em>Circled Take</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___CIRCLED_TAKE__STRING = 3;

	/**
	 * The operation id for the '<em>Circle</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___CIRCLE__TAKE = 4;

	/**
	 * The operation id for the '<em>Total Spending</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___TOTAL_SPENDING__STRING = 5;

	/**
	 * The operation id for the '<em>One Circled Take Per Shot</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___ONE_CIRCLED_TAKE_PER_SHOT__DIAGNOSTICCHAIN_MAP = 6;

	/**
	 * The operation id for the '<em>Take Ids Are Unique</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER___TAKE_IDS_ARE_UNIQUE__DIAGNOSTICCHAIN_MAP = 7;

	/**
	 * The number of operations of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_OPERATION_COUNT = 8;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.TakeImpl <em>Take</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.TakeImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getTake()
	 * @generated
	 */
	int TAKE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__ID = 0;

	/**
	 * The feature id for the '<em><b>Shot Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__SHOT_NAME = 1;

	/**
	 * The feature id for the '<em><b>Request Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__REQUEST_HASH = 2;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__BACKEND = 3;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__MODEL = 4;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__PARAMETERS = 5;

	/**
	 * The feature id for the '<em><b>Prompt As Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__PROMPT_AS_SENT = 6;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__SEED = 7;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__STATE = 8;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__REMOTE_ID = 9;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__COST = 10;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__CURRENCY = 11;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__FILE = 12;

	/**
	 * The feature id for the '<em><b>Thumbnails</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__THUMBNAILS = 13;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__RATING = 14;

	/**
	 * The feature id for the '<em><b>Circled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__CIRCLED = 15;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__CREATED_AT = 16;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__SUBMITTED_AT = 17;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__FINISHED_AT = 18;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE__ERROR = 19;

	/**
	 * The number of structural features of the '<em>Take</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE_FEATURE_COUNT = 20;

	/**
	 * The operation id for the '<em>Is Finished</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE___IS_FINISHED = 0;

	/**
	 * The operation id for the '<em>Circle</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE___CIRCLE = 1;

	/**
	 * The operation id for the '<em>Rating Is Within Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE___RATING_IS_WITHIN_RANGE__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The operation id for the '<em>Only Done Takes Are Circled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE___ONLY_DONE_TAKES_ARE_CIRCLED__DIAGNOSTICCHAIN_MAP = 3;

	/**
	 * The operation id for the '<em>Cost Is Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE___COST_IS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = 4;

	/**
	 * The number of operations of the '<em>Take</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAKE_OPERATION_COUNT = 5;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.ChargeImpl <em>Charge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.ChargeImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getCharge()
	 * @generated
	 */
	int CHARGE = 18;

	/**
	 * The feature id for the '<em><b>Take Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE__TAKE_ID = 0;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE__BACKEND = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE__CURRENCY = 3;

	/**
	 * The feature id for the '<em><b>Charged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE__CHARGED_AT = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE__NOTE = 5;

	/**
	 * The number of structural features of the '<em>Charge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Charge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.CutImpl <em>Cut</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.CutImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getCut()
	 * @generated
	 */
	int CUT = 19;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT__ENTRIES = 0;

	/**
	 * The number of structural features of the '<em>Cut</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>End Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT___END_SECONDS = 0;

	/**
	 * The number of operations of the '<em>Cut</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link dev.longtake.model.impl.CutEntryImpl <em>Cut Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.impl.CutEntryImpl
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getCutEntry()
	 * @generated
	 */
	int CUT_ENTRY = 20;

	/**
	 * The feature id for the '<em><b>Shot Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY__SHOT_NAME = 0;

	/**
	 * The feature id for the '<em><b>Take Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY__TAKE_ID = 1;

	/**
	 * The feature id for the '<em><b>Source In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY__SOURCE_IN = 2;

	/**
	 * The feature id for the '<em><b>Source Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY__SOURCE_OUT = 3;

	/**
	 * The feature id for the '<em><b>Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY__RECORD = 4;

	/**
	 * The feature id for the '<em><b>Transition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY__TRANSITION = 5;

	/**
	 * The number of structural features of the '<em>Cut Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Duration Seconds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY___DURATION_SECONDS = 0;

	/**
	 * The operation id for the '<em>Record Out</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY___RECORD_OUT = 1;

	/**
	 * The operation id for the '<em>Ranges Are Valid</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY___RANGES_ARE_VALID__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>Cut Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUT_ENTRY_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link dev.longtake.model.TransitionKind <em>Transition Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.TransitionKind
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getTransitionKind()
	 * @generated
	 */
	int TRANSITION_KIND = 21;

	/**
	 * The meta object id for the '{@link dev.longtake.model.Approach <em>Approach</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.Approach
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getApproach()
	 * @generated
	 */
	int APPROACH = 22;

	/**
	 * The meta object id for the '{@link dev.longtake.model.TakeState <em>Take State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.longtake.model.TakeState
	 * @see dev.longtake.model.impl.LongtakePackageImpl#getTakeState()
	 * @generated
	 */
	int TAKE_STATE = 23;


	/**
	 * Returns the meta object for class '{@link dev.longtake.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see dev.longtake.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.longtake.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.DescribedElement <em>Described Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Described Element</em>'.
	 * @see dev.longtake.model.DescribedElement
	 * @generated
	 */
	EClass getDescribedElement();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.DescribedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.longtake.model.DescribedElement#getDescription()
	 * @see #getDescribedElement()
	 * @generated
	 */
	EAttribute getDescribedElement_Description();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Script <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Script</em>'.
	 * @see dev.longtake.model.Script
	 * @generated
	 */
	EClass getScript();

	/**
	 * Returns the meta object for the containment reference '{@link dev.longtake.model.Script#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see dev.longtake.model.Script#getSettings()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Script#getStyles <em>Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Styles</em>'.
	 * @see dev.longtake.model.Script#getStyles()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Styles();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Script#getCharacters <em>Characters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Characters</em>'.
	 * @see dev.longtake.model.Script#getCharacters()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Characters();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Script#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locations</em>'.
	 * @see dev.longtake.model.Script#getLocations()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Locations();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Script#getSequences <em>Sequences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sequences</em>'.
	 * @see dev.longtake.model.Script#getSequences()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Sequences();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Script#allShots() <em>All Shots</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Shots</em>' operation.
	 * @see dev.longtake.model.Script#allShots()
	 * @generated
	 */
	EOperation getScript__AllShots();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Script#findShot(java.lang.String) <em>Find Shot</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Shot</em>' operation.
	 * @see dev.longtake.model.Script#findShot(java.lang.String)
	 * @generated
	 */
	EOperation getScript__FindShot__String();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.ProjectSettings <em>Project Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project Settings</em>'.
	 * @see dev.longtake.model.ProjectSettings
	 * @generated
	 */
	EClass getProjectSettings();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.longtake.model.ProjectSettings#getTitle()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getSong <em>Song</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Song</em>'.
	 * @see dev.longtake.model.ProjectSettings#getSong()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_Song();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getTempo <em>Tempo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tempo</em>'.
	 * @see dev.longtake.model.ProjectSettings#getTempo()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_Tempo();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getBeatsPerBar <em>Beats Per Bar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beats Per Bar</em>'.
	 * @see dev.longtake.model.ProjectSettings#getBeatsPerBar()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_BeatsPerBar();

	/**
	 * Returns the meta object for the containment reference '{@link dev.longtake.model.ProjectSettings#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Format</em>'.
	 * @see dev.longtake.model.ProjectSettings#getFormat()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EReference getProjectSettings_Format();

	/**
	 * Returns the meta object for the containment reference '{@link dev.longtake.model.ProjectSettings#getDeliver <em>Deliver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Deliver</em>'.
	 * @see dev.longtake.model.ProjectSettings#getDeliver()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EReference getProjectSettings_Deliver();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getDefaultBackend <em>Default Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Backend</em>'.
	 * @see dev.longtake.model.ProjectSettings#getDefaultBackend()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_DefaultBackend();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see dev.longtake.model.ProjectSettings#getBudget()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_Budget();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.ProjectSettings#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.longtake.model.ProjectSettings#getCurrency()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_Currency();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.ProjectSettings#tempoIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Tempo Is Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Tempo Is Positive</em>' operation.
	 * @see dev.longtake.model.ProjectSettings#tempoIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getProjectSettings__TempoIsPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.ProjectSettings#budgetIsValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Budget Is Valid</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Budget Is Valid</em>' operation.
	 * @see dev.longtake.model.ProjectSettings#budgetIsValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getProjectSettings__BudgetIsValid__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.FrameSize <em>Frame Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Frame Size</em>'.
	 * @see dev.longtake.model.FrameSize
	 * @generated
	 */
	EClass getFrameSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.FrameSize#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see dev.longtake.model.FrameSize#getWidth()
	 * @see #getFrameSize()
	 * @generated
	 */
	EAttribute getFrameSize_Width();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.FrameSize#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see dev.longtake.model.FrameSize#getHeight()
	 * @see #getFrameSize()
	 * @generated
	 */
	EAttribute getFrameSize_Height();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.FrameSize#sizeIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Size Is Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Size Is Positive</em>' operation.
	 * @see dev.longtake.model.FrameSize#sizeIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getFrameSize__SizeIsPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.VideoFormat <em>Video Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Video Format</em>'.
	 * @see dev.longtake.model.VideoFormat
	 * @generated
	 */
	EClass getVideoFormat();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.VideoFormat#getFps <em>Fps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fps</em>'.
	 * @see dev.longtake.model.VideoFormat#getFps()
	 * @see #getVideoFormat()
	 * @generated
	 */
	EAttribute getVideoFormat_Fps();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.VideoFormat#frameRateIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Frame Rate Is Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Frame Rate Is Positive</em>' operation.
	 * @see dev.longtake.model.VideoFormat#frameRateIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getVideoFormat__FrameRateIsPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see dev.longtake.model.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Character <em>Character</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Character</em>'.
	 * @see dev.longtake.model.Character
	 * @generated
	 */
	EClass getCharacter();

	/**
	 * Returns the meta object for the attribute list '{@link dev.longtake.model.Character#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>References</em>'.
	 * @see dev.longtake.model.Character#getReferences()
	 * @see #getCharacter()
	 * @generated
	 */
	EAttribute getCharacter_References();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Location <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Location</em>'.
	 * @see dev.longtake.model.Location
	 * @generated
	 */
	EClass getLocation();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Sequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sequence</em>'.
	 * @see dev.longtake.model.Sequence
	 * @generated
	 */
	EClass getSequence();

	/**
	 * Returns the meta object for the containment reference '{@link dev.longtake.model.Sequence#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Position</em>'.
	 * @see dev.longtake.model.Sequence#getPosition()
	 * @see #getSequence()
	 * @generated
	 */
	EReference getSequence_Position();

	/**
	 * Returns the meta object for the containment reference '{@link dev.longtake.model.Sequence#getTransition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Transition</em>'.
	 * @see dev.longtake.model.Sequence#getTransition()
	 * @see #getSequence()
	 * @generated
	 */
	EReference getSequence_Transition();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Sequence#getShots <em>Shots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shots</em>'.
	 * @see dev.longtake.model.Sequence#getShots()
	 * @see #getSequence()
	 * @generated
	 */
	EReference getSequence_Shots();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Sequence#startSeconds() <em>Start Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Start Seconds</em>' operation.
	 * @see dev.longtake.model.Sequence#startSeconds()
	 * @generated
	 */
	EOperation getSequence__StartSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Sequence#lengthSeconds() <em>Length Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Length Seconds</em>' operation.
	 * @see dev.longtake.model.Sequence#lengthSeconds()
	 * @generated
	 */
	EOperation getSequence__LengthSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Sequence#endSeconds() <em>End Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End Seconds</em>' operation.
	 * @see dev.longtake.model.Sequence#endSeconds()
	 * @generated
	 */
	EOperation getSequence__EndSeconds();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.SongPosition <em>Song Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Song Position</em>'.
	 * @see dev.longtake.model.SongPosition
	 * @generated
	 */
	EClass getSongPosition();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.SongPosition#toSeconds(java.lang.Double, int) <em>To Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>To Seconds</em>' operation.
	 * @see dev.longtake.model.SongPosition#toSeconds(java.lang.Double, int)
	 * @generated
	 */
	EOperation getSongPosition__ToSeconds__Double_int();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.TimePosition <em>Time Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Position</em>'.
	 * @see dev.longtake.model.TimePosition
	 * @generated
	 */
	EClass getTimePosition();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.TimePosition#getSeconds <em>Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seconds</em>'.
	 * @see dev.longtake.model.TimePosition#getSeconds()
	 * @see #getTimePosition()
	 * @generated
	 */
	EAttribute getTimePosition_Seconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.TimePosition#secondsAreNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Seconds Are Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Seconds Are Not Negative</em>' operation.
	 * @see dev.longtake.model.TimePosition#secondsAreNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTimePosition__SecondsAreNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.BarPosition <em>Bar Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bar Position</em>'.
	 * @see dev.longtake.model.BarPosition
	 * @generated
	 */
	EClass getBarPosition();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.BarPosition#getBar <em>Bar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bar</em>'.
	 * @see dev.longtake.model.BarPosition#getBar()
	 * @see #getBarPosition()
	 * @generated
	 */
	EAttribute getBarPosition_Bar();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.BarPosition#getBeat <em>Beat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beat</em>'.
	 * @see dev.longtake.model.BarPosition#getBeat()
	 * @see #getBarPosition()
	 * @generated
	 */
	EAttribute getBarPosition_Beat();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.BarPosition#barIsPlaceable(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Bar Is Placeable</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Bar Is Placeable</em>' operation.
	 * @see dev.longtake.model.BarPosition#barIsPlaceable(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBarPosition__BarIsPlaceable__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see dev.longtake.model.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Transition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.longtake.model.Transition#getKind()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Transition#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see dev.longtake.model.Transition#getDuration()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Duration();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Transition#overlapSeconds() <em>Overlap Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Overlap Seconds</em>' operation.
	 * @see dev.longtake.model.Transition#overlapSeconds()
	 * @generated
	 */
	EOperation getTransition__OverlapSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Transition#durationFitsKind(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Duration Fits Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Duration Fits Kind</em>' operation.
	 * @see dev.longtake.model.Transition#durationFitsKind(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTransition__DurationFitsKind__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Shot <em>Shot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shot</em>'.
	 * @see dev.longtake.model.Shot
	 * @generated
	 */
	EClass getShot();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Shot#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see dev.longtake.model.Shot#getDuration()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Duration();

	/**
	 * Returns the meta object for the reference '{@link dev.longtake.model.Shot#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Style</em>'.
	 * @see dev.longtake.model.Shot#getStyle()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Style();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Shot#getTakesWanted <em>Takes Wanted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Takes Wanted</em>'.
	 * @see dev.longtake.model.Shot#getTakesWanted()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_TakesWanted();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Shot#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see dev.longtake.model.Shot#getBackend()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Backend();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Shot#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see dev.longtake.model.Shot#getSeed()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Seed();

	/**
	 * Returns the meta object for the reference '{@link dev.longtake.model.Shot#getContinues <em>Continues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Continues</em>'.
	 * @see dev.longtake.model.Shot#getContinues()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Continues();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Shot#getImageInput <em>Image Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Input</em>'.
	 * @see dev.longtake.model.Shot#getImageInput()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_ImageInput();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Shot#getCamera <em>Camera</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Camera</em>'.
	 * @see dev.longtake.model.Shot#getCamera()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Camera();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Shot#getBeats <em>Beats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Beats</em>'.
	 * @see dev.longtake.model.Shot#getBeats()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Beats();

	/**
	 * Returns the meta object for the container reference '{@link dev.longtake.model.Shot#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Sequence</em>'.
	 * @see dev.longtake.model.Shot#getSequence()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Sequence();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#songStartSeconds() <em>Song Start Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Song Start Seconds</em>' operation.
	 * @see dev.longtake.model.Shot#songStartSeconds()
	 * @generated
	 */
	EOperation getShot__SongStartSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#songEndSeconds() <em>Song End Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Song End Seconds</em>' operation.
	 * @see dev.longtake.model.Shot#songEndSeconds()
	 * @generated
	 */
	EOperation getShot__SongEndSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#effectiveBackend() <em>Effective Backend</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Backend</em>' operation.
	 * @see dev.longtake.model.Shot#effectiveBackend()
	 * @generated
	 */
	EOperation getShot__EffectiveBackend();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#durationIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Duration Is Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Duration Is Positive</em>' operation.
	 * @see dev.longtake.model.Shot#durationIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getShot__DurationIsPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#takesWantedIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Takes Wanted Is Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Takes Wanted Is Positive</em>' operation.
	 * @see dev.longtake.model.Shot#takesWantedIsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getShot__TakesWantedIsPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#beatTimesIncrease(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Beat Times Increase</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Beat Times Increase</em>' operation.
	 * @see dev.longtake.model.Shot#beatTimesIncrease(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getShot__BeatTimesIncrease__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Shot#continuationIsAcyclic(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Continuation Is Acyclic</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Continuation Is Acyclic</em>' operation.
	 * @see dev.longtake.model.Shot#continuationIsAcyclic(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getShot__ContinuationIsAcyclic__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Beat <em>Beat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Beat</em>'.
	 * @see dev.longtake.model.Beat
	 * @generated
	 */
	EClass getBeat();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Beat#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see dev.longtake.model.Beat#getTime()
	 * @see #getBeat()
	 * @generated
	 */
	EAttribute getBeat_Time();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Beat#getApproach <em>Approach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approach</em>'.
	 * @see dev.longtake.model.Beat#getApproach()
	 * @see #getBeat()
	 * @generated
	 */
	EAttribute getBeat_Approach();

	/**
	 * Returns the meta object for the reference '{@link dev.longtake.model.Beat#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Location</em>'.
	 * @see dev.longtake.model.Beat#getLocation()
	 * @see #getBeat()
	 * @generated
	 */
	EReference getBeat_Location();

	/**
	 * Returns the meta object for the reference list '{@link dev.longtake.model.Beat#getCast <em>Cast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cast</em>'.
	 * @see dev.longtake.model.Beat#getCast()
	 * @see #getBeat()
	 * @generated
	 */
	EReference getBeat_Cast();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Beat#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see dev.longtake.model.Beat#getAction()
	 * @see #getBeat()
	 * @generated
	 */
	EAttribute getBeat_Action();

	/**
	 * Returns the meta object for the container reference '{@link dev.longtake.model.Beat#getShot <em>Shot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Shot</em>'.
	 * @see dev.longtake.model.Beat#getShot()
	 * @see #getBeat()
	 * @generated
	 */
	EReference getBeat_Shot();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Beat#previousBeat() <em>Previous Beat</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Previous Beat</em>' operation.
	 * @see dev.longtake.model.Beat#previousBeat()
	 * @generated
	 */
	EOperation getBeat__PreviousBeat();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Beat#startSeconds() <em>Start Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Start Seconds</em>' operation.
	 * @see dev.longtake.model.Beat#startSeconds()
	 * @generated
	 */
	EOperation getBeat__StartSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Beat#endSeconds() <em>End Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End Seconds</em>' operation.
	 * @see dev.longtake.model.Beat#endSeconds()
	 * @generated
	 */
	EOperation getBeat__EndSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Beat#effectiveLocation() <em>Effective Location</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Location</em>' operation.
	 * @see dev.longtake.model.Beat#effectiveLocation()
	 * @generated
	 */
	EOperation getBeat__EffectiveLocation();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Beat#effectiveCast() <em>Effective Cast</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Cast</em>' operation.
	 * @see dev.longtake.model.Beat#effectiveCast()
	 * @generated
	 */
	EOperation getBeat__EffectiveCast();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Ledger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger</em>'.
	 * @see dev.longtake.model.Ledger
	 * @generated
	 */
	EClass getLedger();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Ledger#getTakes <em>Takes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Takes</em>'.
	 * @see dev.longtake.model.Ledger#getTakes()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Takes();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Ledger#getSpending <em>Spending</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spending</em>'.
	 * @see dev.longtake.model.Ledger#getSpending()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Spending();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#takesOf(java.lang.String) <em>Takes Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Takes Of</em>' operation.
	 * @see dev.longtake.model.Ledger#takesOf(java.lang.String)
	 * @generated
	 */
	EOperation getLedger__TakesOf__String();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#takesFor(java.lang.String, java.lang.String) <em>Takes For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Takes For</em>' operation.
	 * @see dev.longtake.model.Ledger#takesFor(java.lang.String, java.lang.String)
	 * @generated
	 */
	EOperation getLedger__TakesFor__String_String();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#findTake(java.lang.String) <em>Find Take</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Take</em>' operation.
	 * @see dev.longtake.model.Ledger#findTake(java.lang.String)
	 * @generated
	 */
	EOperation getLedger__FindTake__String();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#circledTake(java.lang.String) <em>Circled Take</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Circled Take</em>' operation.
	 * @see dev.longtake.model.Ledger#circledTake(java.lang.String)
	 * @generated
	 */
	EOperation getLedger__CircledTake__String();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#circle(dev.longtake.model.Take) <em>Circle</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Circle</em>' operation.
	 * @see dev.longtake.model.Ledger#circle(dev.longtake.model.Take)
	 * @generated
	 */
	EOperation getLedger__Circle__Take();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#totalSpending(java.lang.String) <em>Total Spending</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Spending</em>' operation.
	 * @see dev.longtake.model.Ledger#totalSpending(java.lang.String)
	 * @generated
	 */
	EOperation getLedger__TotalSpending__String();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#oneCircledTakePerShot(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>One Circled Take Per Shot</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>One Circled Take Per Shot</em>' operation.
	 * @see dev.longtake.model.Ledger#oneCircledTakePerShot(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getLedger__OneCircledTakePerShot__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Ledger#takeIdsAreUnique(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Take Ids Are Unique</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Take Ids Are Unique</em>' operation.
	 * @see dev.longtake.model.Ledger#takeIdsAreUnique(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getLedger__TakeIdsAreUnique__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Take <em>Take</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Take</em>'.
	 * @see dev.longtake.model.Take
	 * @generated
	 */
	EClass getTake();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.longtake.model.Take#getId()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getShotName <em>Shot Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shot Name</em>'.
	 * @see dev.longtake.model.Take#getShotName()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_ShotName();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getRequestHash <em>Request Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Hash</em>'.
	 * @see dev.longtake.model.Take#getRequestHash()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_RequestHash();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see dev.longtake.model.Take#getBackend()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Backend();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see dev.longtake.model.Take#getModel()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Model();

	/**
	 * Returns the meta object for the map '{@link dev.longtake.model.Take#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see dev.longtake.model.Take#getParameters()
	 * @see #getTake()
	 * @generated
	 */
	EReference getTake_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getPromptAsSent <em>Prompt As Sent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt As Sent</em>'.
	 * @see dev.longtake.model.Take#getPromptAsSent()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_PromptAsSent();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see dev.longtake.model.Take#getSeed()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Seed();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see dev.longtake.model.Take#getState()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_State();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see dev.longtake.model.Take#getRemoteId()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see dev.longtake.model.Take#getCost()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Cost();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.longtake.model.Take#getCurrency()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Currency();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see dev.longtake.model.Take#getFile()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_File();

	/**
	 * Returns the meta object for the attribute list '{@link dev.longtake.model.Take#getThumbnails <em>Thumbnails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Thumbnails</em>'.
	 * @see dev.longtake.model.Take#getThumbnails()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Thumbnails();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see dev.longtake.model.Take#getRating()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Rating();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#isCircled <em>Circled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Circled</em>'.
	 * @see dev.longtake.model.Take#isCircled()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Circled();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see dev.longtake.model.Take#getCreatedAt()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see dev.longtake.model.Take#getSubmittedAt()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_SubmittedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see dev.longtake.model.Take#getFinishedAt()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Take#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see dev.longtake.model.Take#getError()
	 * @see #getTake()
	 * @generated
	 */
	EAttribute getTake_Error();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Take#isFinished() <em>Is Finished</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Finished</em>' operation.
	 * @see dev.longtake.model.Take#isFinished()
	 * @generated
	 */
	EOperation getTake__IsFinished();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Take#circle() <em>Circle</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Circle</em>' operation.
	 * @see dev.longtake.model.Take#circle()
	 * @generated
	 */
	EOperation getTake__Circle();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Take#ratingIsWithinRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Rating Is Within Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Rating Is Within Range</em>' operation.
	 * @see dev.longtake.model.Take#ratingIsWithinRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTake__RatingIsWithinRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Take#onlyDoneTakesAreCircled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Only Done Takes Are Circled</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Only Done Takes Are Circled</em>' operation.
	 * @see dev.longtake.model.Take#onlyDoneTakesAreCircled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTake__OnlyDoneTakesAreCircled__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Take#costIsNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Cost Is Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Cost Is Not Negative</em>' operation.
	 * @see dev.longtake.model.Take#costIsNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTake__CostIsNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Charge <em>Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Charge</em>'.
	 * @see dev.longtake.model.Charge
	 * @generated
	 */
	EClass getCharge();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Charge#getTakeId <em>Take Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Take Id</em>'.
	 * @see dev.longtake.model.Charge#getTakeId()
	 * @see #getCharge()
	 * @generated
	 */
	EAttribute getCharge_TakeId();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Charge#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see dev.longtake.model.Charge#getBackend()
	 * @see #getCharge()
	 * @generated
	 */
	EAttribute getCharge_Backend();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Charge#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see dev.longtake.model.Charge#getAmount()
	 * @see #getCharge()
	 * @generated
	 */
	EAttribute getCharge_Amount();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Charge#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.longtake.model.Charge#getCurrency()
	 * @see #getCharge()
	 * @generated
	 */
	EAttribute getCharge_Currency();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Charge#getChargedAt <em>Charged At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Charged At</em>'.
	 * @see dev.longtake.model.Charge#getChargedAt()
	 * @see #getCharge()
	 * @generated
	 */
	EAttribute getCharge_ChargedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.Charge#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.longtake.model.Charge#getNote()
	 * @see #getCharge()
	 * @generated
	 */
	EAttribute getCharge_Note();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.Cut <em>Cut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cut</em>'.
	 * @see dev.longtake.model.Cut
	 * @generated
	 */
	EClass getCut();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.longtake.model.Cut#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see dev.longtake.model.Cut#getEntries()
	 * @see #getCut()
	 * @generated
	 */
	EReference getCut_Entries();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.Cut#endSeconds() <em>End Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End Seconds</em>' operation.
	 * @see dev.longtake.model.Cut#endSeconds()
	 * @generated
	 */
	EOperation getCut__EndSeconds();

	/**
	 * Returns the meta object for class '{@link dev.longtake.model.CutEntry <em>Cut Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cut Entry</em>'.
	 * @see dev.longtake.model.CutEntry
	 * @generated
	 */
	EClass getCutEntry();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.CutEntry#getShotName <em>Shot Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shot Name</em>'.
	 * @see dev.longtake.model.CutEntry#getShotName()
	 * @see #getCutEntry()
	 * @generated
	 */
	EAttribute getCutEntry_ShotName();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.CutEntry#getTakeId <em>Take Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Take Id</em>'.
	 * @see dev.longtake.model.CutEntry#getTakeId()
	 * @see #getCutEntry()
	 * @generated
	 */
	EAttribute getCutEntry_TakeId();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.CutEntry#getSourceIn <em>Source In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source In</em>'.
	 * @see dev.longtake.model.CutEntry#getSourceIn()
	 * @see #getCutEntry()
	 * @generated
	 */
	EAttribute getCutEntry_SourceIn();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.CutEntry#getSourceOut <em>Source Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Out</em>'.
	 * @see dev.longtake.model.CutEntry#getSourceOut()
	 * @see #getCutEntry()
	 * @generated
	 */
	EAttribute getCutEntry_SourceOut();

	/**
	 * Returns the meta object for the attribute '{@link dev.longtake.model.CutEntry#getRecord <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record</em>'.
	 * @see dev.longtake.model.CutEntry#getRecord()
	 * @see #getCutEntry()
	 * @generated
	 */
	EAttribute getCutEntry_Record();

	/**
	 * Returns the meta object for the containment reference '{@link dev.longtake.model.CutEntry#getTransition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Transition</em>'.
	 * @see dev.longtake.model.CutEntry#getTransition()
	 * @see #getCutEntry()
	 * @generated
	 */
	EReference getCutEntry_Transition();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.CutEntry#durationSeconds() <em>Duration Seconds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Duration Seconds</em>' operation.
	 * @see dev.longtake.model.CutEntry#durationSeconds()
	 * @generated
	 */
	EOperation getCutEntry__DurationSeconds();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.CutEntry#recordOut() <em>Record Out</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Record Out</em>' operation.
	 * @see dev.longtake.model.CutEntry#recordOut()
	 * @generated
	 */
	EOperation getCutEntry__RecordOut();

	/**
	 * Returns the meta object for the '{@link dev.longtake.model.CutEntry#rangesAreValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Ranges Are Valid</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Ranges Are Valid</em>' operation.
	 * @see dev.longtake.model.CutEntry#rangesAreValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCutEntry__RangesAreValid__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link dev.longtake.model.TransitionKind <em>Transition Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transition Kind</em>'.
	 * @see dev.longtake.model.TransitionKind
	 * @generated
	 */
	EEnum getTransitionKind();

	/**
	 * Returns the meta object for enum '{@link dev.longtake.model.Approach <em>Approach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Approach</em>'.
	 * @see dev.longtake.model.Approach
	 * @generated
	 */
	EEnum getApproach();

	/**
	 * Returns the meta object for enum '{@link dev.longtake.model.TakeState <em>Take State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Take State</em>'.
	 * @see dev.longtake.model.TakeState
	 * @generated
	 */
	EEnum getTakeState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LongtakeFactory getLongtakeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.NamedElementImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.DescribedElementImpl <em>Described Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.DescribedElementImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getDescribedElement()
		 * @generated
		 */
		EClass DESCRIBED_ELEMENT = eINSTANCE.getDescribedElement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIBED_ELEMENT__DESCRIPTION = eINSTANCE.getDescribedElement_Description();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.ScriptImpl <em>Script</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.ScriptImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getScript()
		 * @generated
		 */
		EClass SCRIPT = eINSTANCE.getScript();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__SETTINGS = eINSTANCE.getScript_Settings();

		/**
		 * The meta object literal for the '<em><b>Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__STYLES = eINSTANCE.getScript_Styles();

		/**
		 * The meta object literal for the '<em><b>Characters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__CHARACTERS = eINSTANCE.getScript_Characters();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__LOCATIONS = eINSTANCE.getScript_Locations();

		/**
		 * The meta object literal for the '<em><b>Sequences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__SEQUENCES = eINSTANCE.getScript_Sequences();

		/**
		 * The meta object literal for the '<em><b>All Shots</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCRIPT___ALL_SHOTS = eINSTANCE.getScript__AllShots();

		/**
		 * The meta object literal for the '<em><b>Find Shot</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCRIPT___FIND_SHOT__STRING = eINSTANCE.getScript__FindShot__String();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.ProjectSettingsImpl <em>Project Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.ProjectSettingsImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getProjectSettings()
		 * @generated
		 */
		EClass PROJECT_SETTINGS = eINSTANCE.getProjectSettings();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__TITLE = eINSTANCE.getProjectSettings_Title();

		/**
		 * The meta object literal for the '<em><b>Song</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__SONG = eINSTANCE.getProjectSettings_Song();

		/**
		 * The meta object literal for the '<em><b>Tempo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__TEMPO = eINSTANCE.getProjectSettings_Tempo();

		/**
		 * The meta object literal for the '<em><b>Beats Per Bar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__BEATS_PER_BAR = eINSTANCE.getProjectSettings_BeatsPerBar();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT_SETTINGS__FORMAT = eINSTANCE.getProjectSettings_Format();

		/**
		 * The meta object literal for the '<em><b>Deliver</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT_SETTINGS__DELIVER = eINSTANCE.getProjectSettings_Deliver();

		/**
		 * The meta object literal for the '<em><b>Default Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__DEFAULT_BACKEND = eINSTANCE.getProjectSettings_DefaultBackend();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__BUDGET = eINSTANCE.getProjectSettings_Budget();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__CURRENCY = eINSTANCE.getProjectSettings_Currency();

		/**
		 * The meta object literal for the '<em><b>Tempo Is Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROJECT_SETTINGS___TEMPO_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getProjectSettings__TempoIsPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Budget Is Valid</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROJECT_SETTINGS___BUDGET_IS_VALID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getProjectSettings__BudgetIsValid__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.FrameSizeImpl <em>Frame Size</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.FrameSizeImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getFrameSize()
		 * @generated
		 */
		EClass FRAME_SIZE = eINSTANCE.getFrameSize();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME_SIZE__WIDTH = eINSTANCE.getFrameSize_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME_SIZE__HEIGHT = eINSTANCE.getFrameSize_Height();

		/**
		 * The meta object literal for the '<em><b>Size Is Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FRAME_SIZE___SIZE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getFrameSize__SizeIsPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.VideoFormatImpl <em>Video Format</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.VideoFormatImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getVideoFormat()
		 * @generated
		 */
		EClass VIDEO_FORMAT = eINSTANCE.getVideoFormat();

		/**
		 * The meta object literal for the '<em><b>Fps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO_FORMAT__FPS = eINSTANCE.getVideoFormat_Fps();

		/**
		 * The meta object literal for the '<em><b>Frame Rate Is Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VIDEO_FORMAT___FRAME_RATE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getVideoFormat__FrameRateIsPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.StyleImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.CharacterImpl <em>Character</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.CharacterImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getCharacter()
		 * @generated
		 */
		EClass CHARACTER = eINSTANCE.getCharacter();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARACTER__REFERENCES = eINSTANCE.getCharacter_References();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.LocationImpl <em>Location</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.LocationImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getLocation()
		 * @generated
		 */
		EClass LOCATION = eINSTANCE.getLocation();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.SequenceImpl <em>Sequence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.SequenceImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getSequence()
		 * @generated
		 */
		EClass SEQUENCE = eINSTANCE.getSequence();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEQUENCE__POSITION = eINSTANCE.getSequence_Position();

		/**
		 * The meta object literal for the '<em><b>Transition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEQUENCE__TRANSITION = eINSTANCE.getSequence_Transition();

		/**
		 * The meta object literal for the '<em><b>Shots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEQUENCE__SHOTS = eINSTANCE.getSequence_Shots();

		/**
		 * The meta object literal for the '<em><b>Start Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SEQUENCE___START_SECONDS = eINSTANCE.getSequence__StartSeconds();

		/**
		 * The meta object literal for the '<em><b>Length Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SEQUENCE___LENGTH_SECONDS = eINSTANCE.getSequence__LengthSeconds();

		/**
		 * The meta object literal for the '<em><b>End Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SEQUENCE___END_SECONDS = eINSTANCE.getSequence__EndSeconds();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.SongPositionImpl <em>Song Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.SongPositionImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getSongPosition()
		 * @generated
		 */
		EClass SONG_POSITION = eINSTANCE.getSongPosition();

		/**
		 * The meta object literal for the '<em><b>To Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SONG_POSITION___TO_SECONDS__DOUBLE_INT = eINSTANCE.getSongPosition__ToSeconds__Double_int();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.TimePositionImpl <em>Time Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.TimePositionImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getTimePosition()
		 * @generated
		 */
		EClass TIME_POSITION = eINSTANCE.getTimePosition();

		/**
		 * The meta object literal for the '<em><b>Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_POSITION__SECONDS = eINSTANCE.getTimePosition_Seconds();

		/**
		 * The meta object literal for the '<em><b>Seconds Are Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TIME_POSITION___SECONDS_ARE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTimePosition__SecondsAreNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.BarPositionImpl <em>Bar Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.BarPositionImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getBarPosition()
		 * @generated
		 */
		EClass BAR_POSITION = eINSTANCE.getBarPosition();

		/**
		 * The meta object literal for the '<em><b>Bar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAR_POSITION__BAR = eINSTANCE.getBarPosition_Bar();

		/**
		 * The meta object literal for the '<em><b>Beat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAR_POSITION__BEAT = eINSTANCE.getBarPosition_Beat();

		/**
		 * The meta object literal for the '<em><b>Bar Is Placeable</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BAR_POSITION___BAR_IS_PLACEABLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBarPosition__BarIsPlaceable__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.TransitionImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__KIND = eINSTANCE.getTransition_Kind();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__DURATION = eINSTANCE.getTransition_Duration();

		/**
		 * The meta object literal for the '<em><b>Overlap Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRANSITION___OVERLAP_SECONDS = eINSTANCE.getTransition__OverlapSeconds();

		/**
		 * The meta object literal for the '<em><b>Duration Fits Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRANSITION___DURATION_FITS_KIND__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTransition__DurationFitsKind__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.ShotImpl <em>Shot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.ShotImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getShot()
		 * @generated
		 */
		EClass SHOT = eINSTANCE.getShot();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__DURATION = eINSTANCE.getShot_Duration();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__STYLE = eINSTANCE.getShot_Style();

		/**
		 * The meta object literal for the '<em><b>Takes Wanted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__TAKES_WANTED = eINSTANCE.getShot_TakesWanted();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__BACKEND = eINSTANCE.getShot_Backend();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__SEED = eINSTANCE.getShot_Seed();

		/**
		 * The meta object literal for the '<em><b>Continues</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__CONTINUES = eINSTANCE.getShot_Continues();

		/**
		 * The meta object literal for the '<em><b>Image Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__IMAGE_INPUT = eINSTANCE.getShot_ImageInput();

		/**
		 * The meta object literal for the '<em><b>Camera</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__CAMERA = eINSTANCE.getShot_Camera();

		/**
		 * The meta object literal for the '<em><b>Beats</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__BEATS = eINSTANCE.getShot_Beats();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__SEQUENCE = eINSTANCE.getShot_Sequence();

		/**
		 * The meta object literal for the '<em><b>Song Start Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___SONG_START_SECONDS = eINSTANCE.getShot__SongStartSeconds();

		/**
		 * The meta object literal for the '<em><b>Song End Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___SONG_END_SECONDS = eINSTANCE.getShot__SongEndSeconds();

		/**
		 * The meta object literal for the '<em><b>Effective Backend</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___EFFECTIVE_BACKEND = eINSTANCE.getShot__EffectiveBackend();

		/**
		 * The meta object literal for the '<em><b>Duration Is Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___DURATION_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getShot__DurationIsPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Takes Wanted Is Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___TAKES_WANTED_IS_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getShot__TakesWantedIsPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Beat Times Increase</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___BEAT_TIMES_INCREASE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getShot__BeatTimesIncrease__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Continuation Is Acyclic</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHOT___CONTINUATION_IS_ACYCLIC__DIAGNOSTICCHAIN_MAP = eINSTANCE.getShot__ContinuationIsAcyclic__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.BeatImpl <em>Beat</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.BeatImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getBeat()
		 * @generated
		 */
		EClass BEAT = eINSTANCE.getBeat();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAT__TIME = eINSTANCE.getBeat_Time();

		/**
		 * The meta object literal for the '<em><b>Approach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAT__APPROACH = eINSTANCE.getBeat_Approach();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BEAT__LOCATION = eINSTANCE.getBeat_Location();

		/**
		 * The meta object literal for the '<em><b>Cast</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BEAT__CAST = eINSTANCE.getBeat_Cast();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEAT__ACTION = eINSTANCE.getBeat_Action();

		/**
		 * The meta object literal for the '<em><b>Shot</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BEAT__SHOT = eINSTANCE.getBeat_Shot();

		/**
		 * The meta object literal for the '<em><b>Previous Beat</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BEAT___PREVIOUS_BEAT = eINSTANCE.getBeat__PreviousBeat();

		/**
		 * The meta object literal for the '<em><b>Start Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BEAT___START_SECONDS = eINSTANCE.getBeat__StartSeconds();

		/**
		 * The meta object literal for the '<em><b>End Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BEAT___END_SECONDS = eINSTANCE.getBeat__EndSeconds();

		/**
		 * The meta object literal for the '<em><b>Effective Location</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BEAT___EFFECTIVE_LOCATION = eINSTANCE.getBeat__EffectiveLocation();

		/**
		 * The meta object literal for the '<em><b>Effective Cast</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BEAT___EFFECTIVE_CAST = eINSTANCE.getBeat__EffectiveCast();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.LedgerImpl <em>Ledger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.LedgerImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getLedger()
		 * @generated
		 */
		EClass LEDGER = eINSTANCE.getLedger();

		/**
		 * The meta object literal for the '<em><b>Takes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__TAKES = eINSTANCE.getLedger_Takes();

		/**
		 * The meta object literal for the '<em><b>Spending</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__SPENDING = eINSTANCE.getLedger_Spending();

		/**
		 * The meta object literal for the '<em><b>Takes Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___TAKES_OF__STRING = eINSTANCE.getLedger__TakesOf__String();

		/**
		 * The meta object literal for the '<em><b>Takes For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___TAKES_FOR__STRING_STRING = eINSTANCE.getLedger__TakesFor__String_String();

		/**
		 * The meta object literal for the '<em><b>Find Take</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___FIND_TAKE__STRING = eINSTANCE.getLedger__FindTake__String();

		/**
		 * The meta object literal for the '<em><b>Circled Take</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___CIRCLED_TAKE__STRING = eINSTANCE.getLedger__CircledTake__String();

		/**
		 * The meta object literal for the '<em><b>Circle</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___CIRCLE__TAKE = eINSTANCE.getLedger__Circle__Take();

		/**
		 * The meta object literal for the '<em><b>Total Spending</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___TOTAL_SPENDING__STRING = eINSTANCE.getLedger__TotalSpending__String();

		/**
		 * The meta object literal for the '<em><b>One Circled Take Per Shot</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___ONE_CIRCLED_TAKE_PER_SHOT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getLedger__OneCircledTakePerShot__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Take Ids Are Unique</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEDGER___TAKE_IDS_ARE_UNIQUE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getLedger__TakeIdsAreUnique__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.TakeImpl <em>Take</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.TakeImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getTake()
		 * @generated
		 */
		EClass TAKE = eINSTANCE.getTake();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__ID = eINSTANCE.getTake_Id();

		/**
		 * The meta object literal for the '<em><b>Shot Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__SHOT_NAME = eINSTANCE.getTake_ShotName();

		/**
		 * The meta object literal for the '<em><b>Request Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__REQUEST_HASH = eINSTANCE.getTake_RequestHash();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__BACKEND = eINSTANCE.getTake_Backend();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__MODEL = eINSTANCE.getTake_Model();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAKE__PARAMETERS = eINSTANCE.getTake_Parameters();

		/**
		 * The meta object literal for the '<em><b>Prompt As Sent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__PROMPT_AS_SENT = eINSTANCE.getTake_PromptAsSent();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__SEED = eINSTANCE.getTake_Seed();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__STATE = eINSTANCE.getTake_State();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__REMOTE_ID = eINSTANCE.getTake_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__COST = eINSTANCE.getTake_Cost();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__CURRENCY = eINSTANCE.getTake_Currency();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__FILE = eINSTANCE.getTake_File();

		/**
		 * The meta object literal for the '<em><b>Thumbnails</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__THUMBNAILS = eINSTANCE.getTake_Thumbnails();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__RATING = eINSTANCE.getTake_Rating();

		/**
		 * The meta object literal for the '<em><b>Circled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__CIRCLED = eINSTANCE.getTake_Circled();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__CREATED_AT = eINSTANCE.getTake_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__SUBMITTED_AT = eINSTANCE.getTake_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__FINISHED_AT = eINSTANCE.getTake_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAKE__ERROR = eINSTANCE.getTake_Error();

		/**
		 * The meta object literal for the '<em><b>Is Finished</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAKE___IS_FINISHED = eINSTANCE.getTake__IsFinished();

		/**
		 * The meta object literal for the '<em><b>Circle</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAKE___CIRCLE = eINSTANCE.getTake__Circle();

		/**
		 * The meta object literal for the '<em><b>Rating Is Within Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAKE___RATING_IS_WITHIN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTake__RatingIsWithinRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Only Done Takes Are Circled</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAKE___ONLY_DONE_TAKES_ARE_CIRCLED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTake__OnlyDoneTakesAreCircled__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Cost Is Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAKE___COST_IS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTake__CostIsNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.ChargeImpl <em>Charge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.ChargeImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getCharge()
		 * @generated
		 */
		EClass CHARGE = eINSTANCE.getCharge();

		/**
		 * The meta object literal for the '<em><b>Take Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE__TAKE_ID = eINSTANCE.getCharge_TakeId();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE__BACKEND = eINSTANCE.getCharge_Backend();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE__AMOUNT = eINSTANCE.getCharge_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE__CURRENCY = eINSTANCE.getCharge_Currency();

		/**
		 * The meta object literal for the '<em><b>Charged At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE__CHARGED_AT = eINSTANCE.getCharge_ChargedAt();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE__NOTE = eINSTANCE.getCharge_Note();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.CutImpl <em>Cut</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.CutImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getCut()
		 * @generated
		 */
		EClass CUT = eINSTANCE.getCut();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUT__ENTRIES = eINSTANCE.getCut_Entries();

		/**
		 * The meta object literal for the '<em><b>End Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CUT___END_SECONDS = eINSTANCE.getCut__EndSeconds();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.impl.CutEntryImpl <em>Cut Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.impl.CutEntryImpl
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getCutEntry()
		 * @generated
		 */
		EClass CUT_ENTRY = eINSTANCE.getCutEntry();

		/**
		 * The meta object literal for the '<em><b>Shot Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUT_ENTRY__SHOT_NAME = eINSTANCE.getCutEntry_ShotName();

		/**
		 * The meta object literal for the '<em><b>Take Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUT_ENTRY__TAKE_ID = eINSTANCE.getCutEntry_TakeId();

		/**
		 * The meta object literal for the '<em><b>Source In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUT_ENTRY__SOURCE_IN = eINSTANCE.getCutEntry_SourceIn();

		/**
		 * The meta object literal for the '<em><b>Source Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUT_ENTRY__SOURCE_OUT = eINSTANCE.getCutEntry_SourceOut();

		/**
		 * The meta object literal for the '<em><b>Record</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUT_ENTRY__RECORD = eINSTANCE.getCutEntry_Record();

		/**
		 * The meta object literal for the '<em><b>Transition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUT_ENTRY__TRANSITION = eINSTANCE.getCutEntry_Transition();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CUT_ENTRY___DURATION_SECONDS = eINSTANCE.getCutEntry__DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Record Out</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CUT_ENTRY___RECORD_OUT = eINSTANCE.getCutEntry__RecordOut();

		/**
		 * The meta object literal for the '<em><b>Ranges Are Valid</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CUT_ENTRY___RANGES_ARE_VALID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCutEntry__RangesAreValid__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.TransitionKind <em>Transition Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.TransitionKind
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getTransitionKind()
		 * @generated
		 */
		EEnum TRANSITION_KIND = eINSTANCE.getTransitionKind();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.Approach <em>Approach</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.Approach
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getApproach()
		 * @generated
		 */
		EEnum APPROACH = eINSTANCE.getApproach();

		/**
		 * The meta object literal for the '{@link dev.longtake.model.TakeState <em>Take State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.longtake.model.TakeState
		 * @see dev.longtake.model.impl.LongtakePackageImpl#getTakeState()
		 * @generated
		 */
		EEnum TAKE_STATE = eINSTANCE.getTakeState();

	}

} //LongtakePackage
