/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Approach;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Charge;
import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.DescribedElement;
import dev.longtake.model.FrameSize;
import dev.longtake.model.Ledger;
import dev.longtake.model.Location;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.NamedElement;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.SongPosition;
import dev.longtake.model.Style;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.VideoFormat;

import dev.longtake.model.util.LongtakeValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LongtakePackageImpl extends EPackageImpl implements LongtakePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass describedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameSizeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass videoFormatEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass styleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass characterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sequenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass songPositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timePositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass barPositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass beatEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledgerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass takeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chargeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cutEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transitionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum approachEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum takeStateEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.longtake.model.LongtakePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LongtakePackageImpl() {
		super(eNS_URI, LongtakeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LongtakePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LongtakePackage init() {
		if (isInited) return (LongtakePackage)EPackage.Registry.INSTANCE.getEPackage(LongtakePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLongtakePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LongtakePackageImpl theLongtakePackage = registeredLongtakePackage instanceof LongtakePackageImpl ? (LongtakePackageImpl)registeredLongtakePackage : new LongtakePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theLongtakePackage.createPackageContents();

		// Initialize created meta-data
		theLongtakePackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theLongtakePackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return LongtakeValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theLongtakePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LongtakePackage.eNS_URI, theLongtakePackage);
		return theLongtakePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDescribedElement() {
		return describedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescribedElement_Description() {
		return (EAttribute)describedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScript() {
		return scriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Settings() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Styles() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Characters() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Locations() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Sequences() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScript__AllShots() {
		return scriptEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScript__FindShot__String() {
		return scriptEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjectSettings() {
		return projectSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_Title() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_Song() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_Tempo() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_BeatsPerBar() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjectSettings_Format() {
		return (EReference)projectSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjectSettings_Deliver() {
		return (EReference)projectSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_DefaultBackend() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_Budget() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_Currency() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProjectSettings__TempoIsPositive__DiagnosticChain_Map() {
		return projectSettingsEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProjectSettings__BudgetIsValid__DiagnosticChain_Map() {
		return projectSettingsEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFrameSize() {
		return frameSizeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrameSize_Width() {
		return (EAttribute)frameSizeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrameSize_Height() {
		return (EAttribute)frameSizeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFrameSize__SizeIsPositive__DiagnosticChain_Map() {
		return frameSizeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVideoFormat() {
		return videoFormatEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVideoFormat_Fps() {
		return (EAttribute)videoFormatEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getVideoFormat__FrameRateIsPositive__DiagnosticChain_Map() {
		return videoFormatEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStyle() {
		return styleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCharacter() {
		return characterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharacter_References() {
		return (EAttribute)characterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocation() {
		return locationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSequence() {
		return sequenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSequence_Position() {
		return (EReference)sequenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSequence_Transition() {
		return (EReference)sequenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSequence_Shots() {
		return (EReference)sequenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSequence__StartSeconds() {
		return sequenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSequence__LengthSeconds() {
		return sequenceEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSequence__EndSeconds() {
		return sequenceEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSongPosition() {
		return songPositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSongPosition__ToSeconds__Double_int() {
		return songPositionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimePosition() {
		return timePositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimePosition_Seconds() {
		return (EAttribute)timePositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTimePosition__SecondsAreNotNegative__DiagnosticChain_Map() {
		return timePositionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBarPosition() {
		return barPositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarPosition_Bar() {
		return (EAttribute)barPositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarPosition_Beat() {
		return (EAttribute)barPositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBarPosition__BarIsPlaceable__DiagnosticChain_Map() {
		return barPositionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransition() {
		return transitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_Kind() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_Duration() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTransition__OverlapSeconds() {
		return transitionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTransition__DurationFitsKind__DiagnosticChain_Map() {
		return transitionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShot() {
		return shotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Duration() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Style() {
		return (EReference)shotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_TakesWanted() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Backend() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Seed() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Continues() {
		return (EReference)shotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_ImageInput() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Camera() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Beats() {
		return (EReference)shotEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Sequence() {
		return (EReference)shotEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__SongStartSeconds() {
		return shotEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__SongEndSeconds() {
		return shotEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__EffectiveBackend() {
		return shotEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__DurationIsPositive__DiagnosticChain_Map() {
		return shotEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__TakesWantedIsPositive__DiagnosticChain_Map() {
		return shotEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__BeatTimesIncrease__DiagnosticChain_Map() {
		return shotEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getShot__ContinuationIsAcyclic__DiagnosticChain_Map() {
		return shotEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBeat() {
		return beatEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeat_Time() {
		return (EAttribute)beatEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeat_Approach() {
		return (EAttribute)beatEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBeat_Location() {
		return (EReference)beatEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBeat_Cast() {
		return (EReference)beatEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeat_Action() {
		return (EAttribute)beatEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBeat_Shot() {
		return (EReference)beatEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBeat__PreviousBeat() {
		return beatEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBeat__StartSeconds() {
		return beatEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBeat__EndSeconds() {
		return beatEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBeat__EffectiveLocation() {
		return beatEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBeat__EffectiveCast() {
		return beatEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedger() {
		return ledgerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Takes() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Spending() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__TakesOf__String() {
		return ledgerEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__TakesFor__String_String() {
		return ledgerEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__FindTake__String() {
		return ledgerEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__CircledTake__String() {
		return ledgerEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__Circle__Take() {
		return ledgerEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__TotalSpending__String() {
		return ledgerEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__OneCircledTakePerShot__DiagnosticChain_Map() {
		return ledgerEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLedger__TakeIdsAreUnique__DiagnosticChain_Map() {
		return ledgerEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTake() {
		return takeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Id() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_ShotName() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_RequestHash() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Backend() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Model() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTake_Parameters() {
		return (EReference)takeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_PromptAsSent() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Seed() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_State() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_RemoteId() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Cost() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Currency() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_File() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Thumbnails() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Rating() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Circled() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_CreatedAt() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_SubmittedAt() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_FinishedAt() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTake_Error() {
		return (EAttribute)takeEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTake__IsFinished() {
		return takeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTake__Circle() {
		return takeEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTake__RatingIsWithinRange__DiagnosticChain_Map() {
		return takeEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTake__OnlyDoneTakesAreCircled__DiagnosticChain_Map() {
		return takeEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTake__CostIsNotNegative__DiagnosticChain_Map() {
		return takeEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCharge() {
		return chargeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharge_TakeId() {
		return (EAttribute)chargeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharge_Backend() {
		return (EAttribute)chargeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharge_Amount() {
		return (EAttribute)chargeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharge_Currency() {
		return (EAttribute)chargeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharge_ChargedAt() {
		return (EAttribute)chargeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharge_Note() {
		return (EAttribute)chargeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCut() {
		return cutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCut_Entries() {
		return (EReference)cutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCut__EndSeconds() {
		return cutEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCutEntry() {
		return cutEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCutEntry_ShotName() {
		return (EAttribute)cutEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCutEntry_TakeId() {
		return (EAttribute)cutEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCutEntry_SourceIn() {
		return (EAttribute)cutEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCutEntry_SourceOut() {
		return (EAttribute)cutEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCutEntry_Record() {
		return (EAttribute)cutEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCutEntry_Transition() {
		return (EReference)cutEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCutEntry__DurationSeconds() {
		return cutEntryEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCutEntry__RecordOut() {
		return cutEntryEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCutEntry__RangesAreValid__DiagnosticChain_Map() {
		return cutEntryEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransitionKind() {
		return transitionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getApproach() {
		return approachEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTakeState() {
		return takeStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LongtakeFactory getLongtakeFactory() {
		return (LongtakeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		describedElementEClass = createEClass(DESCRIBED_ELEMENT);
		createEAttribute(describedElementEClass, DESCRIBED_ELEMENT__DESCRIPTION);

		scriptEClass = createEClass(SCRIPT);
		createEReference(scriptEClass, SCRIPT__SETTINGS);
		createEReference(scriptEClass, SCRIPT__STYLES);
		createEReference(scriptEClass, SCRIPT__CHARACTERS);
		createEReference(scriptEClass, SCRIPT__LOCATIONS);
		createEReference(scriptEClass, SCRIPT__SEQUENCES);
		createEOperation(scriptEClass, SCRIPT___ALL_SHOTS);
		createEOperation(scriptEClass, SCRIPT___FIND_SHOT__STRING);

		projectSettingsEClass = createEClass(PROJECT_SETTINGS);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__TITLE);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__SONG);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__TEMPO);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__BEATS_PER_BAR);
		createEReference(projectSettingsEClass, PROJECT_SETTINGS__FORMAT);
		createEReference(projectSettingsEClass, PROJECT_SETTINGS__DELIVER);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__DEFAULT_BACKEND);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__BUDGET);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__CURRENCY);
		createEOperation(projectSettingsEClass, PROJECT_SETTINGS___TEMPO_IS_POSITIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(projectSettingsEClass, PROJECT_SETTINGS___BUDGET_IS_VALID__DIAGNOSTICCHAIN_MAP);

		frameSizeEClass = createEClass(FRAME_SIZE);
		createEAttribute(frameSizeEClass, FRAME_SIZE__WIDTH);
		createEAttribute(frameSizeEClass, FRAME_SIZE__HEIGHT);
		createEOperation(frameSizeEClass, FRAME_SIZE___SIZE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP);

		videoFormatEClass = createEClass(VIDEO_FORMAT);
		createEAttribute(videoFormatEClass, VIDEO_FORMAT__FPS);
		createEOperation(videoFormatEClass, VIDEO_FORMAT___FRAME_RATE_IS_POSITIVE__DIAGNOSTICCHAIN_MAP);

		styleEClass = createEClass(STYLE);

		characterEClass = createEClass(CHARACTER);
		createEAttribute(characterEClass, CHARACTER__REFERENCES);

		locationEClass = createEClass(LOCATION);

		sequenceEClass = createEClass(SEQUENCE);
		createEReference(sequenceEClass, SEQUENCE__POSITION);
		createEReference(sequenceEClass, SEQUENCE__TRANSITION);
		createEReference(sequenceEClass, SEQUENCE__SHOTS);
		createEOperation(sequenceEClass, SEQUENCE___START_SECONDS);
		createEOperation(sequenceEClass, SEQUENCE___LENGTH_SECONDS);
		createEOperation(sequenceEClass, SEQUENCE___END_SECONDS);

		songPositionEClass = createEClass(SONG_POSITION);
		createEOperation(songPositionEClass, SONG_POSITION___TO_SECONDS__DOUBLE_INT);

		timePositionEClass = createEClass(TIME_POSITION);
		createEAttribute(timePositionEClass, TIME_POSITION__SECONDS);
		createEOperation(timePositionEClass, TIME_POSITION___SECONDS_ARE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		barPositionEClass = createEClass(BAR_POSITION);
		createEAttribute(barPositionEClass, BAR_POSITION__BAR);
		createEAttribute(barPositionEClass, BAR_POSITION__BEAT);
		createEOperation(barPositionEClass, BAR_POSITION___BAR_IS_PLACEABLE__DIAGNOSTICCHAIN_MAP);

		transitionEClass = createEClass(TRANSITION);
		createEAttribute(transitionEClass, TRANSITION__KIND);
		createEAttribute(transitionEClass, TRANSITION__DURATION);
		createEOperation(transitionEClass, TRANSITION___OVERLAP_SECONDS);
		createEOperation(transitionEClass, TRANSITION___DURATION_FITS_KIND__DIAGNOSTICCHAIN_MAP);

		shotEClass = createEClass(SHOT);
		createEAttribute(shotEClass, SHOT__DURATION);
		createEReference(shotEClass, SHOT__STYLE);
		createEAttribute(shotEClass, SHOT__TAKES_WANTED);
		createEAttribute(shotEClass, SHOT__BACKEND);
		createEAttribute(shotEClass, SHOT__SEED);
		createEReference(shotEClass, SHOT__CONTINUES);
		createEAttribute(shotEClass, SHOT__IMAGE_INPUT);
		createEAttribute(shotEClass, SHOT__CAMERA);
		createEReference(shotEClass, SHOT__BEATS);
		createEReference(shotEClass, SHOT__SEQUENCE);
		createEOperation(shotEClass, SHOT___SONG_START_SECONDS);
		createEOperation(shotEClass, SHOT___SONG_END_SECONDS);
		createEOperation(shotEClass, SHOT___EFFECTIVE_BACKEND);
		createEOperation(shotEClass, SHOT___DURATION_IS_POSITIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(shotEClass, SHOT___TAKES_WANTED_IS_POSITIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(shotEClass, SHOT___BEAT_TIMES_INCREASE__DIAGNOSTICCHAIN_MAP);
		createEOperation(shotEClass, SHOT___CONTINUATION_IS_ACYCLIC__DIAGNOSTICCHAIN_MAP);

		beatEClass = createEClass(BEAT);
		createEAttribute(beatEClass, BEAT__TIME);
		createEAttribute(beatEClass, BEAT__APPROACH);
		createEReference(beatEClass, BEAT__LOCATION);
		createEReference(beatEClass, BEAT__CAST);
		createEAttribute(beatEClass, BEAT__ACTION);
		createEReference(beatEClass, BEAT__SHOT);
		createEOperation(beatEClass, BEAT___PREVIOUS_BEAT);
		createEOperation(beatEClass, BEAT___START_SECONDS);
		createEOperation(beatEClass, BEAT___END_SECONDS);
		createEOperation(beatEClass, BEAT___EFFECTIVE_LOCATION);
		createEOperation(beatEClass, BEAT___EFFECTIVE_CAST);

		ledgerEClass = createEClass(LEDGER);
		createEReference(ledgerEClass, LEDGER__TAKES);
		createEReference(ledgerEClass, LEDGER__SPENDING);
		createEOperation(ledgerEClass, LEDGER___TAKES_OF__STRING);
		createEOperation(ledgerEClass, LEDGER___TAKES_FOR__STRING_STRING);
		createEOperation(ledgerEClass, LEDGER___FIND_TAKE__STRING);
		createEOperation(ledgerEClass, LEDGER___CIRCLED_TAKE__STRING);
		createEOperation(ledgerEClass, LEDGER___CIRCLE__TAKE);
		createEOperation(ledgerEClass, LEDGER___TOTAL_SPENDING__STRING);
		createEOperation(ledgerEClass, LEDGER___ONE_CIRCLED_TAKE_PER_SHOT__DIAGNOSTICCHAIN_MAP);
		createEOperation(ledgerEClass, LEDGER___TAKE_IDS_ARE_UNIQUE__DIAGNOSTICCHAIN_MAP);

		takeEClass = createEClass(TAKE);
		createEAttribute(takeEClass, TAKE__ID);
		createEAttribute(takeEClass, TAKE__SHOT_NAME);
		createEAttribute(takeEClass, TAKE__REQUEST_HASH);
		createEAttribute(takeEClass, TAKE__BACKEND);
		createEAttribute(takeEClass, TAKE__MODEL);
		createEReference(takeEClass, TAKE__PARAMETERS);
		createEAttribute(takeEClass, TAKE__PROMPT_AS_SENT);
		createEAttribute(takeEClass, TAKE__SEED);
		createEAttribute(takeEClass, TAKE__STATE);
		createEAttribute(takeEClass, TAKE__REMOTE_ID);
		createEAttribute(takeEClass, TAKE__COST);
		createEAttribute(takeEClass, TAKE__CURRENCY);
		createEAttribute(takeEClass, TAKE__FILE);
		createEAttribute(takeEClass, TAKE__THUMBNAILS);
		createEAttribute(takeEClass, TAKE__RATING);
		createEAttribute(takeEClass, TAKE__CIRCLED);
		createEAttribute(takeEClass, TAKE__CREATED_AT);
		createEAttribute(takeEClass, TAKE__SUBMITTED_AT);
		createEAttribute(takeEClass, TAKE__FINISHED_AT);
		createEAttribute(takeEClass, TAKE__ERROR);
		createEOperation(takeEClass, TAKE___IS_FINISHED);
		createEOperation(takeEClass, TAKE___CIRCLE);
		createEOperation(takeEClass, TAKE___RATING_IS_WITHIN_RANGE__DIAGNOSTICCHAIN_MAP);
		createEOperation(takeEClass, TAKE___ONLY_DONE_TAKES_ARE_CIRCLED__DIAGNOSTICCHAIN_MAP);
		createEOperation(takeEClass, TAKE___COST_IS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		chargeEClass = createEClass(CHARGE);
		createEAttribute(chargeEClass, CHARGE__TAKE_ID);
		createEAttribute(chargeEClass, CHARGE__BACKEND);
		createEAttribute(chargeEClass, CHARGE__AMOUNT);
		createEAttribute(chargeEClass, CHARGE__CURRENCY);
		createEAttribute(chargeEClass, CHARGE__CHARGED_AT);
		createEAttribute(chargeEClass, CHARGE__NOTE);

		cutEClass = createEClass(CUT);
		createEReference(cutEClass, CUT__ENTRIES);
		createEOperation(cutEClass, CUT___END_SECONDS);

		cutEntryEClass = createEClass(CUT_ENTRY);
		createEAttribute(cutEntryEClass, CUT_ENTRY__SHOT_NAME);
		createEAttribute(cutEntryEClass, CUT_ENTRY__TAKE_ID);
		createEAttribute(cutEntryEClass, CUT_ENTRY__SOURCE_IN);
		createEAttribute(cutEntryEClass, CUT_ENTRY__SOURCE_OUT);
		createEAttribute(cutEntryEClass, CUT_ENTRY__RECORD);
		createEReference(cutEntryEClass, CUT_ENTRY__TRANSITION);
		createEOperation(cutEntryEClass, CUT_ENTRY___DURATION_SECONDS);
		createEOperation(cutEntryEClass, CUT_ENTRY___RECORD_OUT);
		createEOperation(cutEntryEClass, CUT_ENTRY___RANGES_ARE_VALID__DIAGNOSTICCHAIN_MAP);

		// Create enums
		transitionKindEEnum = createEEnum(TRANSITION_KIND);
		approachEEnum = createEEnum(APPROACH);
		takeStateEEnum = createEEnum(TAKE_STATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		describedElementEClass.getESuperTypes().add(this.getNamedElement());
		videoFormatEClass.getESuperTypes().add(this.getFrameSize());
		styleEClass.getESuperTypes().add(this.getDescribedElement());
		characterEClass.getESuperTypes().add(this.getDescribedElement());
		locationEClass.getESuperTypes().add(this.getDescribedElement());
		sequenceEClass.getESuperTypes().add(this.getNamedElement());
		timePositionEClass.getESuperTypes().add(this.getSongPosition());
		barPositionEClass.getESuperTypes().add(this.getSongPosition());
		shotEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(describedElementEClass, DescribedElement.class, "DescribedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDescribedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, DescribedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scriptEClass, Script.class, "Script", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScript_Settings(), this.getProjectSettings(), null, "settings", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Styles(), this.getStyle(), null, "styles", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Characters(), this.getCharacter(), null, "characters", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Locations(), this.getLocation(), null, "locations", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Sequences(), this.getSequence(), null, "sequences", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getScript__AllShots(), this.getShot(), "allShots", 0, -1, IS_UNIQUE, IS_ORDERED);

		EOperation op = initEOperation(getScript__FindShot__String(), this.getShot(), "findShot", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "name", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(projectSettingsEClass, ProjectSettings.class, "ProjectSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProjectSettings_Title(), ecorePackage.getEString(), "title", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_Song(), ecorePackage.getEString(), "song", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_Tempo(), ecorePackage.getEDouble(), "tempo", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_BeatsPerBar(), ecorePackage.getEInt(), "beatsPerBar", "4", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjectSettings_Format(), this.getVideoFormat(), null, "format", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjectSettings_Deliver(), this.getFrameSize(), null, "deliver", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_DefaultBackend(), ecorePackage.getEString(), "defaultBackend", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getProjectSettings__TempoIsPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "tempoIsPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getProjectSettings__BudgetIsValid__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "budgetIsValid", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(frameSizeEClass, FrameSize.class, "FrameSize", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFrameSize_Width(), ecorePackage.getEInt(), "width", null, 0, 1, FrameSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrameSize_Height(), ecorePackage.getEInt(), "height", null, 0, 1, FrameSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getFrameSize__SizeIsPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "sizeIsPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(videoFormatEClass, VideoFormat.class, "VideoFormat", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVideoFormat_Fps(), ecorePackage.getEDouble(), "fps", null, 0, 1, VideoFormat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getVideoFormat__FrameRateIsPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "frameRateIsPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(styleEClass, Style.class, "Style", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(characterEClass, dev.longtake.model.Character.class, "Character", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCharacter_References(), ecorePackage.getEString(), "references", null, 0, -1, dev.longtake.model.Character.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locationEClass, Location.class, "Location", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(sequenceEClass, Sequence.class, "Sequence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSequence_Position(), this.getSongPosition(), null, "position", null, 0, 1, Sequence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSequence_Transition(), this.getTransition(), null, "transition", null, 0, 1, Sequence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSequence_Shots(), this.getShot(), this.getShot_Sequence(), "shots", null, 0, -1, Sequence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getSequence__StartSeconds(), ecorePackage.getEDoubleObject(), "startSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getSequence__LengthSeconds(), ecorePackage.getEDouble(), "lengthSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getSequence__EndSeconds(), ecorePackage.getEDoubleObject(), "endSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(songPositionEClass, SongPosition.class, "SongPosition", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		op = initEOperation(getSongPosition__ToSeconds__Double_int(), ecorePackage.getEDoubleObject(), "toSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDoubleObject(), "tempo", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "beatsPerBar", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(timePositionEClass, TimePosition.class, "TimePosition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimePosition_Seconds(), ecorePackage.getEDouble(), "seconds", null, 0, 1, TimePosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getTimePosition__SecondsAreNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "secondsAreNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(barPositionEClass, BarPosition.class, "BarPosition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBarPosition_Bar(), ecorePackage.getEInt(), "bar", null, 0, 1, BarPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarPosition_Beat(), ecorePackage.getEInt(), "beat", "1", 0, 1, BarPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getBarPosition__BarIsPlaceable__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "barIsPlaceable", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(transitionEClass, Transition.class, "Transition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransition_Kind(), this.getTransitionKind(), "kind", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_Duration(), ecorePackage.getEDouble(), "duration", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getTransition__OverlapSeconds(), ecorePackage.getEDouble(), "overlapSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTransition__DurationFitsKind__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "durationFitsKind", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(shotEClass, Shot.class, "Shot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShot_Duration(), ecorePackage.getEDouble(), "duration", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Style(), this.getStyle(), null, "style", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_TakesWanted(), ecorePackage.getEInt(), "takesWanted", "1", 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Backend(), ecorePackage.getEString(), "backend", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Continues(), this.getShot(), null, "continues", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_ImageInput(), ecorePackage.getEString(), "imageInput", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Camera(), ecorePackage.getEString(), "camera", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Beats(), this.getBeat(), this.getBeat_Shot(), "beats", null, 0, -1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Sequence(), this.getSequence(), this.getSequence_Shots(), "sequence", null, 0, 1, Shot.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getShot__SongStartSeconds(), ecorePackage.getEDoubleObject(), "songStartSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getShot__SongEndSeconds(), ecorePackage.getEDoubleObject(), "songEndSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getShot__EffectiveBackend(), ecorePackage.getEString(), "effectiveBackend", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getShot__DurationIsPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "durationIsPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getShot__TakesWantedIsPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "takesWantedIsPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getShot__BeatTimesIncrease__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "beatTimesIncrease", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getShot__ContinuationIsAcyclic__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "continuationIsAcyclic", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(beatEClass, Beat.class, "Beat", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBeat_Time(), ecorePackage.getEDouble(), "time", null, 0, 1, Beat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeat_Approach(), this.getApproach(), "approach", null, 0, 1, Beat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBeat_Location(), this.getLocation(), null, "location", null, 0, 1, Beat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBeat_Cast(), this.getCharacter(), null, "cast", null, 0, -1, Beat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeat_Action(), ecorePackage.getEString(), "action", null, 0, 1, Beat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBeat_Shot(), this.getShot(), this.getShot_Beats(), "shot", null, 0, 1, Beat.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getBeat__PreviousBeat(), this.getBeat(), "previousBeat", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getBeat__StartSeconds(), ecorePackage.getEDouble(), "startSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getBeat__EndSeconds(), ecorePackage.getEDouble(), "endSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getBeat__EffectiveLocation(), this.getLocation(), "effectiveLocation", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getBeat__EffectiveCast(), this.getCharacter(), "effectiveCast", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(ledgerEClass, Ledger.class, "Ledger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLedger_Takes(), this.getTake(), null, "takes", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Spending(), this.getCharge(), null, "spending", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getLedger__TakesOf__String(), this.getTake(), "takesOf", 0, -1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "shotName", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__TakesFor__String_String(), this.getTake(), "takesFor", 0, -1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "shotName", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "requestHash", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__FindTake__String(), this.getTake(), "findTake", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "id", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__CircledTake__String(), this.getTake(), "circledTake", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "shotName", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__Circle__Take(), null, "circle", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getTake(), "take", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__TotalSpending__String(), ecorePackage.getEBigDecimal(), "totalSpending", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "currency", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__OneCircledTakePerShot__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "oneCircledTakePerShot", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getLedger__TakeIdsAreUnique__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "takeIdsAreUnique", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(takeEClass, Take.class, "Take", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTake_Id(), ecorePackage.getEString(), "id", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_ShotName(), ecorePackage.getEString(), "shotName", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_RequestHash(), ecorePackage.getEString(), "requestHash", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Backend(), ecorePackage.getEString(), "backend", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Model(), ecorePackage.getEString(), "model", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTake_Parameters(), ecorePackage.getEStringToStringMapEntry(), null, "parameters", null, 0, -1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_PromptAsSent(), ecorePackage.getEString(), "promptAsSent", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_State(), this.getTakeState(), "state", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_RemoteId(), ecorePackage.getEString(), "remoteId", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_File(), ecorePackage.getEString(), "file", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Thumbnails(), ecorePackage.getEString(), "thumbnails", null, 0, -1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Rating(), ecorePackage.getEInt(), "rating", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Circled(), ecorePackage.getEBoolean(), "circled", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_SubmittedAt(), ecorePackage.getEDate(), "submittedAt", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_FinishedAt(), ecorePackage.getEDate(), "finishedAt", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTake_Error(), ecorePackage.getEString(), "error", null, 0, 1, Take.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getTake__IsFinished(), ecorePackage.getEBoolean(), "isFinished", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getTake__Circle(), null, "circle", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTake__RatingIsWithinRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "ratingIsWithinRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTake__OnlyDoneTakesAreCircled__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "onlyDoneTakesAreCircled", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTake__CostIsNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "costIsNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(chargeEClass, Charge.class, "Charge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCharge_TakeId(), ecorePackage.getEString(), "takeId", null, 0, 1, Charge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharge_Backend(), ecorePackage.getEString(), "backend", null, 0, 1, Charge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharge_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Charge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharge_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Charge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharge_ChargedAt(), ecorePackage.getEDate(), "chargedAt", null, 0, 1, Charge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharge_Note(), ecorePackage.getEString(), "note", null, 0, 1, Charge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cutEClass, Cut.class, "Cut", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCut_Entries(), this.getCutEntry(), null, "entries", null, 0, -1, Cut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCut__EndSeconds(), ecorePackage.getEDouble(), "endSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(cutEntryEClass, CutEntry.class, "CutEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCutEntry_ShotName(), ecorePackage.getEString(), "shotName", null, 0, 1, CutEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCutEntry_TakeId(), ecorePackage.getEString(), "takeId", null, 0, 1, CutEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCutEntry_SourceIn(), ecorePackage.getEDouble(), "sourceIn", null, 0, 1, CutEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCutEntry_SourceOut(), ecorePackage.getEDouble(), "sourceOut", null, 0, 1, CutEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCutEntry_Record(), ecorePackage.getEDouble(), "record", null, 0, 1, CutEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCutEntry_Transition(), this.getTransition(), null, "transition", null, 0, 1, CutEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCutEntry__DurationSeconds(), ecorePackage.getEDouble(), "durationSeconds", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getCutEntry__RecordOut(), ecorePackage.getEDouble(), "recordOut", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCutEntry__RangesAreValid__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "rangesAreValid", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(transitionKindEEnum, TransitionKind.class, "TransitionKind");
		addEEnumLiteral(transitionKindEEnum, TransitionKind.CUT);
		addEEnumLiteral(transitionKindEEnum, TransitionKind.CROSSFADE);
		addEEnumLiteral(transitionKindEEnum, TransitionKind.DIP);

		initEEnum(approachEEnum, Approach.class, "Approach");
		addEEnumLiteral(approachEEnum, Approach.NONE);
		addEEnumLiteral(approachEEnum, Approach.IN);
		addEEnumLiteral(approachEEnum, Approach.INTO);
		addEEnumLiteral(approachEEnum, Approach.THROUGH);
		addEEnumLiteral(approachEEnum, Approach.OUT_TO);

		initEEnum(takeStateEEnum, TakeState.class, "TakeState");
		addEEnumLiteral(takeStateEEnum, TakeState.PLANNED);
		addEEnumLiteral(takeStateEEnum, TakeState.SUBMITTED);
		addEEnumLiteral(takeStateEEnum, TakeState.RUNNING);
		addEEnumLiteral(takeStateEEnum, TakeState.DONE);
		addEEnumLiteral(takeStateEEnum, TakeState.FAILED);
		addEEnumLiteral(takeStateEEnum, TakeState.CANCELLED);

		// Create resource
		createResource(eNS_URI);
	}

} //LongtakePackageImpl
